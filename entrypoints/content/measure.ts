/**
 * Content-script phases, visible in DevTools' Performance panel as backstory:*
 * measures, but only when storage.local holds `"backstory:measures": true` (the
 * bench and the tests set it). Otherwise nothing is written, and a page carries no
 * trace of Backstory. Until the setting is read, measures wait in memory.
 */
import { browser } from 'wxt/browser';
import { MEASURES_KEY } from '../../data/measures-key.ts';

type Measure = [name: string, start: number, end: number];
let enabled: boolean | undefined;
let pending: Measure[] = [];

function write([name, start, end]: Measure) {
  try {
    performance.measure(`backstory:${name}`, { start, end });
  } catch {
    // A page that replaced performance.measure must not break us.
  }
}

void browser.storage.local.get(MEASURES_KEY).then(
  (got) => {
    enabled = got[MEASURES_KEY] === true;
    if (enabled) pending.forEach(write);
    pending = [];
  },
  () => {
    enabled = false;
    pending = [];
  },
);

/**
 * True once storage.local says the test and bench switch is on. Also gates test
 * hooks (the card host's shadow root is open only then): off for every user.
 */
export const testSwitchOn = () => enabled === true;

/** Records `backstory:<name>` from `start` to `end`, if measures are on. */
export function record(name: string, start: number, end = performance.now()) {
  if (enabled) write([name, start, end]);
  else if (enabled === undefined) pending.push([name, start, end]);
}

/** Times synchronous work exactly, with nothing queued behind it counted in. */
export function phaseSync<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    record(name, start);
  }
}

/** Times async work; the measure spans its yields, so it is wall time, not CPU time. */
export async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    record(name, start);
  }
}

/** Records time summed over slices (CPU, no yields) as a measure of that duration ending now. */
export function cpuMeasure(name: string, ms: number) {
  const end = performance.now();
  record(name, end - ms, end);
}

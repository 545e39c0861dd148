/** Content-script phases, visible in DevTools' Performance panel as backstory:* measures. */

function record(name: string, start: number, end = performance.now()) {
  try {
    performance.measure(`backstory:${name}`, { start, end });
  } catch {
    // A page that replaced performance.measure must not break us.
  }
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

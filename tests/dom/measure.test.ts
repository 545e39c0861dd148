// @vitest-environment happy-dom
/**
 * Measures: a page carries backstory:* performance entries only when
 * storage.local["backstory:measures"] is true. measure.ts reads the setting
 * once, when it loads, so each test loads a fresh copy after setting storage.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MEASURES_KEY } from '../../data/measures-key.ts';

const entries = () => performance.getEntriesByType('measure').map((e) => e.name).filter((n) => n.startsWith('backstory:'));

async function freshMeasure(setting?: unknown) {
  if (setting !== undefined) await fakeBrowser.storage.local.set({ [MEASURES_KEY]: setting });
  vi.resetModules();
  return import('../../entrypoints/content/measure.ts');
}

/** Lets the module's storage read settle. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
  performance.clearMeasures();
});

describe('measure', () => {
  it('writes nothing on a page when the setting is absent', async () => {
    const m = await freshMeasure();
    m.phaseSync('gate', () => 1);
    await settled();
    m.record('pass', performance.now());
    await m.phase('scope', async () => 2);
    m.cpuMeasure('match-cpu', 3);
    expect(entries()).toEqual([]);
  });

  it('writes nothing when the setting is anything but true', async () => {
    for (const value of [false, 'true', 1]) {
      const m = await freshMeasure(value);
      m.phaseSync('gate', () => 1);
      await settled();
      m.record('pass', performance.now());
    }
    expect(entries()).toEqual([]);
  });

  it('writes backstory:<phase> entries when the setting is true, including those timed before it was read', async () => {
    const m = await freshMeasure(true);
    m.phaseSync('gate', () => 1); // before the storage read has answered
    await settled();
    await m.phase('scope', async () => 2);
    m.cpuMeasure('match-cpu', 3);
    expect(entries().sort()).toEqual(['backstory:gate', 'backstory:match-cpu', 'backstory:scope']);
  });

  it('times a CPU measure as the duration it is given, ending now', async () => {
    const m = await freshMeasure(true);
    await settled();
    m.cpuMeasure('paint-cpu', 5);
    const [e] = performance.getEntriesByName('backstory:paint-cpu');
    expect(e!.duration).toBeCloseTo(5, 5);
  });

  it('records a phase even when its work throws, and passes the error on', async () => {
    const m = await freshMeasure(true);
    await settled();
    expect(() => m.phaseSync('gate', () => { throw new Error('page broke'); })).toThrow('page broke');
    expect(entries()).toEqual(['backstory:gate']);
  });

  it('does not break when the page replaced performance.measure', async () => {
    const m = await freshMeasure(true);
    await settled();
    const spy = vi.spyOn(performance, 'measure').mockImplementation(() => { throw new TypeError('not a function'); });
    expect(() => m.record('pass', 0)).not.toThrow();
    spy.mockRestore();
  });

  it('writes nothing when storage cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('Extension context invalidated.'));
    const m = await freshMeasure();
    m.phaseSync('gate', () => 1);
    await settled();
    m.record('pass', 0);
    expect(entries()).toEqual([]);
  });
});

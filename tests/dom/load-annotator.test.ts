// @vitest-environment happy-dom
/**
 * Loading the annotator chunk once the gate passes: imported from the extension's
 * own URL for it, then started with the gate's lifetime, unless that ended while
 * the chunk loaded. chrome.runtime.getURL is pointed at the chunk's source.
 */
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOTATOR_PATH, loadAnnotator } from '../../entrypoints/content/load-annotator.ts';
import { fakeLifetime } from './fake-lifetime.ts';

const startBackstory = vi.hoisted(() => vi.fn());
vi.mock('../../entrypoints/content/controller.ts', () => ({ startBackstory }));

const CHUNK = resolve(import.meta.dirname, '../../entrypoints/content/annotator.ts');
const getURL = vi.fn((path: string) => (path === ANNOTATOR_PATH ? CHUNK : `/nothing-at${path}`));

afterEach(() => {
  vi.unstubAllGlobals();
  startBackstory.mockClear();
});

describe('loadAnnotator', () => {
  it('imports the chunk from the extension’s URL for it and starts Backstory with the gate’s lifetime', async () => {
    vi.stubGlobal('chrome', { runtime: { getURL } });
    const lifetime = fakeLifetime();
    await loadAnnotator(lifetime);
    expect(getURL).toHaveBeenCalledWith('/content-scripts/annotator.js');
    expect(startBackstory).toHaveBeenCalledExactlyOnceWith(lifetime);
  });

  it('starts nothing when the extension went away while the chunk loaded', async () => {
    vi.stubGlobal('chrome', { runtime: { getURL } });
    const lifetime = fakeLifetime();
    const loading = loadAnnotator(lifetime);
    lifetime.end();
    await loading;
    expect(startBackstory).not.toHaveBeenCalled();
  });

  it('fails, for the gate to report, when the chunk cannot be loaded', async () => {
    vi.stubGlobal('chrome', { runtime: { getURL: () => '/no/such/chunk.js' } });
    await expect(loadAnnotator(fakeLifetime())).rejects.toThrow();
    expect(startBackstory).not.toHaveBeenCalled();
  });
});

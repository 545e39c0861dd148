// @vitest-environment happy-dom
/** What the reader chose to see, as a page reads it from storage.local. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_LAYER_SETTINGS } from '../../data/layers.ts';
import { readView, watchView } from '../../entrypoints/content/settings.ts';

beforeEach(() => fakeBrowser.reset());

describe('readView', () => {
  it('shows every layer, first mentions only, before the reader chose anything', async () => {
    expect(await readView()).toEqual({ layers: DEFAULT_LAYER_SETTINGS, markEvery: false });
  });

  it('reads the layer switches and "Mark every mention"', async () => {
    await fakeBrowser.storage.local.set({ layers: { ...DEFAULT_LAYER_SETTINGS, claims: false }, markEvery: true });
    expect(await readView()).toEqual({ layers: { ...DEFAULT_LAYER_SETTINGS, claims: false }, markEvery: true });
  });

  it('reads a damaged value as on, switch by switch, and only true as "Mark every mention"', async () => {
    await fakeBrowser.storage.local.set({ layers: { entities: 'no', figures: false, extra: false }, markEvery: 'yes' });
    expect(await readView()).toEqual({ layers: { ...DEFAULT_LAYER_SETTINGS, figures: false }, markEvery: false });
    await fakeBrowser.storage.local.set({ layers: 'nonsense' });
    expect((await readView()).layers).toEqual(DEFAULT_LAYER_SETTINGS);
  });
});

describe('watchView', () => {
  it('hands over the whole view when a switch changes', async () => {
    const seen = vi.fn();
    watchView(seen);
    await fakeBrowser.storage.local.set({ markEvery: true });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ layers: DEFAULT_LAYER_SETTINGS, markEvery: true }));
    await fakeBrowser.storage.local.set({ layers: { ...DEFAULT_LAYER_SETTINGS, timeline: false } });
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith({ layers: { ...DEFAULT_LAYER_SETTINGS, timeline: false }, markEvery: true }));
  });

  it('ignores other keys and other storage areas, and stops when unsubscribed', async () => {
    const seen = vi.fn();
    const stop = watchView(seen);
    await fakeBrowser.storage.local.set({ 'backstory:data-revision': 2 });
    await fakeBrowser.storage.sync.set({ markEvery: true });
    stop();
    await fakeBrowser.storage.local.set({ markEvery: true });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).not.toHaveBeenCalled();
  });
});

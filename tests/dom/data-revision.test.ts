// @vitest-environment happy-dom
/** A pack installed or removed in the options page tells every open page to use the new data. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DATA_REVISION_KEY } from '../../data/revision.ts';
import { watchDataRevision } from '../../entrypoints/content/data-revision.ts';

beforeEach(() => fakeBrowser.reset());
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('watchDataRevision', () => {
  it('calls back each time the data revision changes', async () => {
    const changed = vi.fn();
    watchDataRevision(changed);
    await fakeBrowser.storage.local.set({ [DATA_REVISION_KEY]: 1 });
    await fakeBrowser.storage.local.set({ [DATA_REVISION_KEY]: 2 });
    await flush();
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('ignores the reader’s switches and other storage areas, and stops when unsubscribed', async () => {
    const changed = vi.fn();
    const stop = watchDataRevision(changed);
    await fakeBrowser.storage.local.set({ markEvery: true });
    await fakeBrowser.storage.session.set({ [DATA_REVISION_KEY]: 1 });
    stop();
    await fakeBrowser.storage.local.set({ [DATA_REVISION_KEY]: 3 });
    await flush();
    expect(changed).not.toHaveBeenCalled();
  });
});

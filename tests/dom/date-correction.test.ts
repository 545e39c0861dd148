// @vitest-environment happy-dom
/**
 * The reader's date correction as the page sees it: read from storage.local for
 * this page's address only, followed while the page is open, and no longer once
 * the extension is gone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DATE_OVERRIDES_KEY } from '../../data/date-override.ts';
import { watchDateCorrection } from '../../entrypoints/content/date-correction.ts';
import { fakeLifetime, type FakeLifetime } from './fake-lifetime.ts';

const PAGE = 'https://news.example/2024/03/13/house-vote';
const OTHER = 'https://news.example/2024/03/14/senate';
let lifetime: FakeLifetime;

beforeEach(() => {
  fakeBrowser.reset();
  lifetime = fakeLifetime();
});
afterEach(() => lifetime.end());

async function started(stored?: unknown) {
  if (stored !== undefined) await fakeBrowser.storage.local.set({ [DATE_OVERRIDES_KEY]: stored });
  const onChange = vi.fn();
  const correction = watchDateCorrection(lifetime, onChange);
  await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
  onChange.mockClear();
  return { correction, onChange };
}

describe('watchDateCorrection', () => {
  it('gives the reader’s date for this page, and none for another page', async () => {
    const { correction } = await started([{ url: OTHER, date: '2024-03-01' }, { url: PAGE, date: '2024-03-12' }]);
    expect(correction.dayFor(PAGE)).toBe('2024-03-12');
    expect(correction.dayFor(`${PAGE}#comments`)).toBe('2024-03-12'); // an anchor jump is the same article
    expect(correction.dayFor(OTHER)).toBe('2024-03-01');
    expect(correction.dayFor('https://news.example/2024/03/15/other')).toBeNull();
  });

  it('gives no date before storage has answered, and none when nothing is stored', async () => {
    const onChange = vi.fn();
    const correction = watchDateCorrection(lifetime, onChange);
    expect(correction.dayFor(PAGE)).toBeNull();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledOnce());
    expect(correction.dayFor(PAGE)).toBeNull();
  });

  it('takes a correction made in the popup while the page is open, and tells the page', async () => {
    const { correction, onChange } = await started();
    await fakeBrowser.storage.local.set({ [DATE_OVERRIDES_KEY]: [{ url: PAGE, date: '2024-03-12' }] });
    expect(onChange).toHaveBeenCalledOnce();
    expect(correction.dayFor(PAGE)).toBe('2024-03-12');
    await fakeBrowser.storage.local.remove(DATE_OVERRIDES_KEY);
    expect(correction.dayFor(PAGE)).toBeNull();
  });

  it('is not woken by other settings changing', async () => {
    const { onChange } = await started();
    await fakeBrowser.storage.local.set({ 'backstory:layers': { entities: false } });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps the page’s own date when the stored value is damaged or names no real past day', async () => {
    const { correction } = await started([{ url: PAGE, date: '2999-01-01' }]);
    expect(correction.dayFor(PAGE)).toBeNull();
    await fakeBrowser.storage.local.set({ [DATE_OVERRIDES_KEY]: { url: PAGE, date: '2024-03-12' } });
    expect(correction.dayFor(PAGE)).toBeNull();
    await fakeBrowser.storage.local.set({ [DATE_OVERRIDES_KEY]: [null, { url: PAGE, date: 20240312 }] });
    expect(correction.dayFor(PAGE)).toBeNull();
  });

  it('follows nothing once the extension is gone', async () => {
    const { correction, onChange } = await started();
    lifetime.end();
    await fakeBrowser.storage.local.set({ [DATE_OVERRIDES_KEY]: [{ url: PAGE, date: '2024-03-12' }] });
    expect(onChange).not.toHaveBeenCalled();
    expect(correction.dayFor(PAGE)).toBeNull();
  });
});

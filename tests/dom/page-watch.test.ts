// @vitest-environment happy-dom
/** Watching a real article for changes: what is handed over, and when. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_WAIT_MS, SETTLE_MS } from '../../entrypoints/content/pass-plan.ts';
import { watchChanges, watchDetach, type PageChanges } from '../../entrypoints/content/page-watch.ts';
import { fakeLifetime } from './fake-lifetime.ts';
import { loadPage, realPageHtml } from './real-page.ts';

const STORY = realPageHtml('pos-en-2025-01-scotus-upholds-semafor');
const story = () => document.querySelector('[data-real-markup="body"]')!;
const para = (text: string) => Object.assign(document.createElement('p'), { textContent: text });

/** Lets the MutationObserver deliver its records, then moves the clock on. */
async function after(ms: number) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  loadPage(STORY);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('watchChanges', () => {
  it('hands over a paragraph the page added, once the page has settled', async () => {
    const batches: PageChanges[] = [];
    watchChanges(story(), fakeLifetime(), () => false, (c) => batches.push(c));
    const late = para('A late update: TikTok went dark for US users on Saturday night.');
    story().append(late);
    await after(SETTLE_MS - 50);
    expect(batches).toHaveLength(0);
    await after(100);
    expect(batches).toHaveLength(1);
    expect([...batches[0]!.nodes]).toContain(late);
  });

  it('hands over the text node the page rewrote', async () => {
    const batches: PageChanges[] = [];
    watchChanges(story(), fakeLifetime(), () => false, (c) => batches.push(c));
    const text = story().querySelector('p')!.firstChild as Text;
    text.data = 'The Supreme Court upheld the law that bans TikTok.';
    await after(SETTLE_MS + 10);
    expect([...batches[0]!.nodes]).toEqual([text]);
  });

  it('hands over a removed paragraph as removed, and its parent as changed', async () => {
    const batches: PageChanges[] = [];
    watchChanges(story(), fakeLifetime(), () => false, (c) => batches.push(c));
    const gone = story().querySelectorAll('p')[4]!;
    gone.remove();
    await after(SETTLE_MS + 10);
    expect([...batches[0]!.removed]).toEqual([gone]);
    expect([...batches[0]!.nodes]).toEqual([story()]);
  });

  it('ignores changes inside what the caller owns (Backstory’s own card)', async () => {
    const onSettled = vi.fn();
    const own = document.createElement('div');
    story().append(own);
    await Promise.resolve();
    watchChanges(story(), fakeLifetime(), (n) => own.contains(n), onSettled);
    own.append(para('ByteDance: the parent company of TikTok.'));
    await after(SETTLE_MS * 3);
    expect(onSettled).not.toHaveBeenCalled();
  });

  it('does not look outside the element it watches (a clock in the header)', async () => {
    const onSettled = vi.fn();
    watchChanges(story(), fakeLifetime(), () => false, onSettled);
    document.body.prepend(para('12:01'));
    await after(SETTLE_MS * 3);
    expect(onSettled).not.toHaveBeenCalled();
  });

  it('reads a page that never stops changing within the max wait, in one batch', async () => {
    const batches: PageChanges[] = [];
    watchChanges(story(), fakeLifetime(), () => false, (c) => batches.push(c));
    const start = Date.now();
    while (batches.length === 0 && Date.now() - start < 10_000) {
      story().append(para(`Live update at ${Date.now() - start} ms.`));
      await after(100);
    }
    expect(Date.now() - start).toBeLessThanOrEqual(MAX_WAIT_MS + 100);
    expect(batches[0]!.nodes.size).toBeGreaterThan(10);
  });

  it('hands nothing over after stop(), or after the extension is reloaded', async () => {
    const onSettled = vi.fn();
    const lifetime = fakeLifetime();
    const w = watchChanges(story(), lifetime, () => false, onSettled);
    story().append(para('One.'));
    await Promise.resolve();
    w.stop();
    await after(SETTLE_MS * 2);
    watchChanges(story(), lifetime, () => false, onSettled);
    story().append(para('Two.'));
    await Promise.resolve();
    lifetime.end();
    await after(SETTLE_MS * 2);
    expect(onSettled).not.toHaveBeenCalled();
  });
});

describe('watchDetach', () => {
  it('tells once when an SPA swaps the article out, and not for other changes', async () => {
    const onDetached = vi.fn();
    const article = story();
    watchDetach(article, document.documentElement, fakeLifetime(), onDetached);
    document.body.append(para('An unrelated change.'));
    await after(0);
    expect(onDetached).not.toHaveBeenCalled();
    article.replaceWith(Object.assign(document.createElement('article'), { textContent: 'Another story.' }));
    await after(0);
    document.body.append(para('Later.'));
    await after(0);
    expect(onDetached).toHaveBeenCalledTimes(1);
  });

  it('says nothing once the extension is gone', async () => {
    const onDetached = vi.fn();
    const lifetime = fakeLifetime();
    const article = story();
    watchDetach(article, document.documentElement, lifetime, onDetached);
    lifetime.end();
    article.remove();
    await after(0);
    expect(onDetached).not.toHaveBeenCalled();
  });
});

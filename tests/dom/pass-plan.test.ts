// @vitest-environment happy-dom
/**
 * Which pass a real page's changes need: the article's own edits, gathered by
 * page-watch from a real page, summed up as the controller sums them, then
 * planPass. (The pure rules alone: tests/unit/pass-plan.test.ts.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_INCREMENTAL_BLOCKS, planPass, recheckDelay, RECHECK_MIN_MS, SETTLE_MS, type PassKind } from '../../entrypoints/content/pass-plan.ts';
import { watchChanges, type PageChanges } from '../../entrypoints/content/page-watch.ts';
import { fakeLifetime } from './fake-lifetime.ts';
import { loadPage, realPageHtml } from './real-page.ts';

const STORY = realPageHtml('pos-en-2025-01-scotus-upholds-semafor');
const para = (text: string) => Object.assign(document.createElement('p'), { textContent: text });

/** The pass the page needs after `edit`, for an article annotated as coverage. */
async function passAfter(edit: (article: Element) => void, restart = false): Promise<PassKind> {
  const article = document.querySelector('[data-real-markup="body"]')!;
  let batch: PageChanges | undefined;
  const w = watchChanges(article, fakeLifetime(), () => false, (c) => (batch = c));
  edit(article);
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(SETTLE_MS * 2);
  w.stop();
  const changes = batch ?? { nodes: new Set(), removed: new Set() };
  return planPass({ status: 'coverage', rootConnected: article.isConnected, restart, blocks: changes.nodes.size, removed: changes.removed.size > 0 });
}

beforeEach(() => {
  vi.useFakeTimers();
  loadPage(STORY);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('planPass on a real article', () => {
  it('rereads only the paragraph a live blog appended', async () => {
    expect(await passAfter((a) => a.append(para('Update: TikTok restored service for US users on Sunday.')))).toBe('blocks');
  });

  it('rereads only what a corrected sentence touched', async () => {
    expect(await passAfter((a) => ((a.querySelector('p')!.firstChild as Text).data = 'Corrected: the court ruled 9–0.'))).toBe('blocks');
  });

  it('drops the marks of a paragraph the page took out, without a full pass', async () => {
    expect(await passAfter((a) => a.querySelectorAll('p')[2]!.remove())).toBe('blocks');
  });

  it('reads the whole page again when the article itself is replaced', async () => {
    expect(await passAfter((a) => a.replaceWith(document.createElement('article')))).toBe('full');
  });

  it('reads the whole page again after a flood of new paragraphs (an infinite scroll)', async () => {
    const flood = (a: Element) => {
      for (let i = 0; i <= MAX_INCREMENTAL_BLOCKS; i++) a.append(para(`Story ${i} in the endless feed.`));
    };
    expect(await passAfter(flood)).toBe('full');
  });

  it('reads the whole page again on a new route, even with nothing changed in the article', async () => {
    expect(await passAfter(() => {}, true)).toBe('full');
  });

  it('does nothing when nothing in the article changed', async () => {
    expect(await passAfter(() => document.body.append(para('A clock outside the article: 12:01.')))).toBe('none');
  });
});

describe('recheckDelay', () => {
  it('looks again at a page that only names the story soon, then less and less often', () => {
    expect(recheckDelay(0)).toBe(RECHECK_MIN_MS);
    expect(recheckDelay(3)).toBeGreaterThan(recheckDelay(2));
  });
});

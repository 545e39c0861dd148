// @vitest-environment happy-dom
/** The popup's publish date: how it was found, and the reader's correction (Save, Clear). */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PublishedDate } from '../../components/PublishedDate.tsx';
import type { PageState } from '../../data/protocol.ts';

const NOW = new Date('2026-12-03T12:00:00Z');
const counts = { entities: 3, timeline: 1, claims: 0, figures: 0 };
const page = (over: Partial<PageState> = {}): PageState => ({
  url: 'https://news.example/house-vote', status: 'coverage', counts,
  published: { date: '2024-03-13', source: 'meta', detail: 'article:published_time', confidence: 'high' }, ...over,
});
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
afterEach(() => document.body.replaceChildren());

function show(p: PageState, onCorrect = vi.fn()) {
  const el = document.body.appendChild(document.createElement('div'));
  render(<PublishedDate page={p} onCorrect={onCorrect} now={NOW} />, el);
  const input = el.querySelector<HTMLInputElement>('input[name="publishedDate"]')!;
  const type = (value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const submit = () => el.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  return { el, input, type, submit, onCorrect };
}

describe('the publish date in the popup', () => {
  it('says when the article was published and how that was found, and offers the page’s date to correct', () => {
    const { el, input } = show(page());
    expect(text(el.querySelector('.bs-published-line'))).toBe("Article published 13 Mar 2024 (from the page's publication metadata)");
    expect(input.value).toBe('2024-03-13');
    expect(input.max).toBe('2026-12-03');
    expect(el.querySelector('.bs-date-clear')).toBeNull(); // nothing to clear yet
  });

  it('saves a corrected date, and refuses one that is not a real past day', async () => {
    const { el, type, submit, onCorrect } = show(page());
    type('2024-03-14');
    submit();
    expect(onCorrect).toHaveBeenCalledWith('2024-03-14');
    type('2027-01-01');
    submit();
    await Promise.resolve();
    expect(onCorrect).toHaveBeenCalledTimes(1);
    expect(text(el.querySelector('[role="alert"]'))).toBe('Enter a real date, not in the future.');
  });

  it('shows a correction as the reader’s, with what the page says, and Clear gives the page its date back', () => {
    const { el, onCorrect } = show(page({ correctedDate: '2024-03-14' }));
    expect(text(el.querySelector('.bs-published-line'))).toBe('Article published 14 Mar 2024 (as you corrected it)');
    expect(text(el.querySelector('.bs-published-page'))).toBe("The page says 13 Mar 2024 (from the page's publication metadata).");
    el.querySelector<HTMLButtonElement>('.bs-date-clear')!.click();
    expect(onCorrect).toHaveBeenCalledWith(null);
  });

  it('lets a reader date a page that gives none', () => {
    const { el, input, type, submit, onCorrect } = show(page({ published: null }));
    expect(text(el.querySelector('.bs-published-line'))).toBe('Publish date unknown: the page does not say when it was published.');
    expect(input.value).toBe('');
    type('2024-03-13');
    submit();
    expect(onCorrect).toHaveBeenCalledWith('2024-03-13');
  });
});

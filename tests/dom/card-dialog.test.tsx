// @vitest-environment happy-dom
/** The card dialog's own behaviour, without a browser: tabs, the trail, More, Escape, a failed load. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardDialog } from '../../components/CardDialog.tsx';
import type { CardData } from '../../data/protocol.ts';

const base = {
  facts: [], evidence: [], history: [], related: [], noSourceFound: false,
  dataset: { version: '2026.01.01', lastReviewed: '2026-01-01' },
  sources: [{ url: 'https://example.com/a', publisher: 'Example', title: 'A source', published: '2025-01-01', kind: 'news', confidence: 'high' }],
};
const CARDS: Record<string, CardData> = {
  'ent-a': { ...base, id: 'ent-a', type: 'entity', title: 'ByteDance', kicker: 'Company', summary: 'A company that owns TikTok.', role: 'Its owner.', timeline: [{ id: 'evt-1', label: 'A sale is agreed', date: '1 Jan 2025' }] },
  'clm-b': { ...base, id: 'clm-b', type: 'claim', title: 'The claim.', kicker: 'Claim check', summary: 'Why.', timeline: [], verdict: { key: 'supported', label: 'Supported', definition: 'Backed.' } },
  'evt-1': { ...base, id: 'evt-1', type: 'event', title: 'A sale is agreed', kicker: 'Timeline · 1 Jan 2025', summary: 'The sale.', timeline: [] },
};
const load = (id: string) => (CARDS[id] ? Promise.resolve(CARDS[id]) : Promise.reject(new Error(`No record ${id}.`)));

const host = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  render(null, document.body.firstElementChild ?? document.body);
  document.body.replaceChildren();
});

async function show(tabs: { id: string; label: string }[], onClose = vi.fn()) {
  const el = host();
  await act(async () => {
    render(<CardDialog tabs={tabs} load={load} onClose={onClose} sheet={false} dark={false} />, el);
  });
  await act(async () => undefined); // the loads resolve
  return el;
}
const click = async (el: Element | null) => act(async () => (el as HTMLElement).click());
const title = (el: Element) => el.querySelector('.bs-title')?.textContent;

describe('the card dialog', () => {
  it('is named by its type and name, and names each tab after its record once loaded', async () => {
    const el = await show([{ id: 'clm-b', label: 'Claim' }, { id: 'ent-a', label: 'Name' }]);
    expect(el.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby')).toBe('bs-kicker bs-title');
    const tabs = [...el.querySelectorAll('[role="tab"]')];
    expect(tabs.map((t) => t.textContent)).toEqual(['Claim', 'ByteDance']);
    expect(title(el)).toBe('The claim.');
    await click(tabs[1]!);
    expect(title(el)).toBe('ByteDance');
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
  });

  it('shows no tabs for a single record, and More reveals the sources', async () => {
    const el = await show([{ id: 'ent-a', label: 'Name' }]);
    expect(el.querySelector('[role="tablist"]')).toBeNull();
    expect(el.querySelector('.bs-sources')).toBeNull();
    expect(el.querySelector('.bs-count')?.textContent).toBe('1 source');
    await click(el.querySelector('.bs-more'));
    expect(el.querySelector('.bs-sources a')?.getAttribute('href')).toBe('https://example.com/a');
    expect(el.querySelector('.bs-more')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('opens a date’s record inside the card, with Back and a breadcrumb back to where it came from', async () => {
    const el = await show([{ id: 'ent-a', label: 'Name' }]);
    await click(el.querySelector('.bs-dates .bs-link'));
    await act(async () => undefined);
    expect(title(el)).toBe('A sale is agreed');
    expect([...el.querySelectorAll('.bs-crumb')].map((c) => c.textContent)).toEqual(['ByteDance']);
    await click(el.querySelector('.bs-back'));
    expect(title(el)).toBe('ByteDance');
    expect(el.querySelector('.bs-back')).toBeNull();
  });

  it('closes on Escape from a control inside it', async () => {
    const onClose = vi.fn();
    const el = await show([{ id: 'ent-a', label: 'Name' }], onClose);
    const more = el.querySelector<HTMLElement>('.bs-more')!;
    await act(async () => {
      more.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('says so when a record cannot be loaded, and keeps its ×', async () => {
    const el = await show([{ id: 'missing', label: 'Name' }]);
    // Not the background's own answer (a timeout, a worker gone): plain words, no internals.
    expect(el.querySelector('.bs-error')?.textContent).toMatch(/could not be loaded/);
    expect(el.querySelector('.bs-error')?.textContent).not.toContain('missing');
    expect(el.querySelector('.bs-close')).not.toBeNull();
  });

  it('shows the background’s own words for a card it could not answer, and Repair loads it again', async () => {
    let repaired = false;
    const answerError = Object.assign(new Error('This record is missing from the stored data.'), { name: 'BackstoryAnswerError' });
    const flaky = (id: string) => (repaired ? load(id) : Promise.reject(answerError));
    const repair = vi.fn(async () => {
      repaired = true;
    });
    const el = host();
    await act(async () => {
      render(<CardDialog tabs={[{ id: 'ent-a', label: 'Name' }]} load={flaky} repair={repair} onClose={vi.fn()} sheet={false} dark={false} />, el);
    });
    await act(async () => undefined);
    expect(el.querySelector('.bs-error')?.textContent).toBe('This record is missing from the stored data.');
    await click(el.querySelector('.bs-repair'));
    // The repair settles, then the card is asked for again and arrives.
    await vi.waitFor(async () => {
      await act(async () => undefined);
      expect(title(el)).toBe('ByteDance');
    });
    expect(repair).toHaveBeenCalledOnce();
    expect(el.querySelector('.bs-error')).toBeNull();
  });
});

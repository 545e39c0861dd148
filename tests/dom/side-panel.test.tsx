// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanel, type SidePanelProps } from '../../components/SidePanel.tsx';
import type { PanelAnswer } from '../../data/protocol.ts';
import { bundledDataset } from '../../data/dataset/index.ts';
import { buildPanelView } from '../../data/records/panel-view.ts';
import { datasetSchema, type AnyRecord } from '../../data/records/schema.ts';

const ds = datasetSchema.parse(bundledDataset);
const records = new Map<string, AnyRecord>([
  ...ds.entities.map((r) => [r.id, { type: 'entity' as const, ...r }] as const),
  ...ds.events.map((r) => [r.id, { type: 'event' as const, ...r }] as const),
  ...ds.claims.map((r) => [r.id, { type: 'claim' as const, ...r }] as const),
]);
const bytedance = ds.entities.find((e) => e.name === 'ByteDance')!;
const ruling = ds.events.find((e) => /Supreme Court upholds/.test(e.title))!;
const claim = ds.claims.find((c) => c.verdict === 'supported')!;

function pageOf(published: string | null): PanelAnswer['page'] {
  const found = [
    { id: bytedance.id, layer: 'entities' as const, count: 3 },
    { id: ruling.id, layer: 'timeline' as const, count: 1 },
    { id: claim.id, layer: 'claims' as const, count: 2 },
  ];
  return { url: 'https://news.example/a', view: buildPanelView(found, (id) => records.get(id), ds.events, published) };
}

const host = () => document.body.appendChild(document.createElement('div'));
afterEach(() => document.body.replaceChildren());

function show(overrides: Partial<SidePanelProps> = {}) {
  const props: SidePanelProps = {
    page: pageOf('2024-03-13'), onFlash: vi.fn(), query: '', onQuery: vi.fn(), hits: undefined,
    onOpen: vi.fn(), onCloseCard: vi.fn(), wide: false, onWide: vi.fn(), dark: false,
    loadCard: (id) => Promise.reject(Object.assign(new Error(`No record ${id}.`), { name: 'BackstoryAnswerError' })), ...overrides,
  };
  const el = host();
  render(<SidePanel {...props} />, el);
  return { el, props };
}
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('the side panel', () => {
  it('lists claims first, then people and organisations, the timeline and figures, each group with its count', () => {
    const { el } = show();
    expect([...el.querySelectorAll('h2')].map(text)).toEqual([
      'Claims 2 mentions on this page',
      'People and organisations 3 mentions on this page',
      'Timeline 1 mention on this page',
      'Figures 0 mentions on this page',
    ]);
    expect(text(el.querySelector('.bs-group-claims .bs-badge'))).toBe('Supported');
    expect(text(el.querySelector('.bs-group-figures'))).toContain('None on this page.');
    expect(text(el.querySelector('.bs-published'))).toBe('Article published 13 Mar 2024');
  });

  it('marks the article among the page’s events, and says when the page gives no date', () => {
    const { el } = show();
    expect([...el.querySelectorAll('.bs-panel-timeline li')].map((li) => (li.classList.contains('bs-article-mark') ? 'article' : li.querySelector('.bs-entry-title')!.textContent))).toEqual(['article', ruling.title]);
    document.body.replaceChildren();
    const undated = show({ page: pageOf(null) });
    expect(undated.el.querySelector('.bs-article-mark')).toBeNull();
    expect(text(undated.el.querySelector('.bs-published'))).toBe('Publish date unknown');
  });

  it('says how the article’s date was found: the page’s markup, or the reader’s correction', () => {
    const { el } = show({ page: { ...pageOf('2024-03-13')!, publishedSource: 'meta' } });
    expect(text(el.querySelector('.bs-published'))).toBe("Article published 13 Mar 2024 (from the page's publication metadata)");
    document.body.replaceChildren();
    const corrected = show({ page: { ...pageOf('2024-03-14')!, publishedSource: 'reader' } });
    expect(text(corrected.el.querySelector('.bs-published'))).toBe('Article published 14 Mar 2024 (as you corrected it)');
  });

  it('asks to flash an entry’s next mention when it is clicked, and reads out which mention is shown', () => {
    const { el, props } = show();
    const entry = el.querySelector<HTMLButtonElement>(`.bs-group-entities [data-id="${bytedance.id}"]`)!;
    expect(text(entry)).toBe('ByteDance Company 3 mentions');
    entry.click();
    expect(props.onFlash).toHaveBeenCalledWith(bytedance.id);
    document.body.replaceChildren();
    const after = show({ flashNote: { id: bytedance.id, index: 2, total: 3 } });
    expect(text(after.el.querySelector('[role="status"].bs-flash-note'))).toBe('Mention 2 of 3, shown on the page.');
  });

  it('widens the timeline to the whole story, where an event not on the page opens its card in the panel', () => {
    const { el, props } = show({ wide: true });
    expect(el.querySelectorAll('.bs-panel-timeline .bs-entry').length).toBe(ds.events.length);
    const absent = el.querySelector<HTMLButtonElement>('.bs-off-page .bs-entry')!;
    absent.click();
    expect(props.onOpen).toHaveBeenCalledWith(absent.dataset.id);
    expect(props.onFlash).not.toHaveBeenCalled();
    (el.querySelector('input[name="wholeStory"]') as HTMLInputElement).click();
    expect(props.onWide).toHaveBeenCalledWith(false);
  });

  it('shows search results in place of the page, with the spelling that matched, and opens a result’s card', () => {
    const { el, props } = show({ query: '张一鸣', hits: [{ id: 'ent-zhang-yiming', type: 'entity', layer: 'entities', title: 'Zhang Yiming', detail: 'Person or organisation', matched: '张一鸣' }] });
    expect(el.querySelector('.bs-group')).toBeNull();
    expect(text(el.querySelector('.bs-results-count'))).toBe('1 record');
    const hit = el.querySelector<HTMLButtonElement>('.bs-results .bs-entry')!;
    expect(text(hit)).toBe('Zhang Yiming Person or organisation · as “张一鸣” (People & organisations)');
    hit.click();
    expect(props.onOpen).toHaveBeenCalledWith('ent-zhang-yiming');
  });

  it('types into the search box, and Escape clears it', () => {
    const { el, props } = show({ query: 'presser', hits: [] });
    expect(text(el.querySelector('.bs-results-count'))).toBe('Nothing in the dataset matches “presser”.');
    const input = el.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'press';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(props.onQuery).toHaveBeenLastCalledWith('press');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(props.onQuery).toHaveBeenLastCalledWith('');
  });

  it('on a page with nothing annotated, says so and still offers the search', () => {
    const { el } = show({ page: null });
    expect(text(el.querySelector('.bs-none'))).toMatch(/Nothing from the story is annotated on this page/);
    expect(el.querySelector('input[type="search"]')).not.toBeNull();
  });

  it('shows a record’s card in the panel, and closes it with its button', async () => {
    const { el, props } = show({ cardId: 'ent-x' });
    expect(el.querySelector('.bs-group')).toBeNull();
    await vi.waitFor(() => expect(text(el.querySelector('.bs-panel-card .bs-error'))).toBe('No record ent-x.'));
    el.querySelector<HTMLButtonElement>('.bs-close')!.click();
    expect(props.onCloseCard).toHaveBeenCalled();
  });
});

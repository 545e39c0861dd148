// @vitest-environment happy-dom
/** "Report a problem with this card", in the full card: the page's address goes in only when the reader ticks the box. */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ContextCard } from '../../components/ContextCard.tsx';
import { bundledDataset } from '../../data/dataset/index.ts';
import { buildCardData } from '../../data/records/card-data.ts';
import { followersIndex } from '../../data/records/links.ts';
import { datasetSchema, type AnyRecord } from '../../data/records/schema.ts';
import { allRecords } from '../../data/records/term-index.ts';

const ds = datasetSchema.parse(bundledDataset);
const byId = new Map<string, AnyRecord>(allRecords(ds).map((r) => [r.id, r]));
const sources = new Map(ds.sources.map((s) => [s.id, s]));
const followers = followersIndex(ds);
const card = buildCardData(byId.get('ent-bytedance')!, { record: (r) => byId.get(r), source: (s) => sources.get(s), followersOf: (r) => followers[r] ?? [], meta: ds.meta }, '2024-03-13');
const PAGE = 'https://news.example/2024/03/13/house-vote?utm=x';
afterEach(() => document.body.replaceChildren());

function show(expanded: boolean, pageUrl?: string) {
  const el = document.body.appendChild(document.createElement('div'));
  render(<ContextCard card={card} expanded={expanded} onToggle={() => {}} onOpen={() => {}} pageUrl={pageUrl} />, el);
  return el;
}
const body = (a: HTMLAnchorElement) => new URL(a.href).searchParams.get('body') ?? '';
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('reporting a problem with a card', () => {
  it('is offered in the full card, not the first view, as a link to a new tab on GitHub', () => {
    expect(show(false, PAGE).querySelector('.bs-report')).toBeNull();
    document.body.replaceChildren();
    const a = show(true, PAGE).querySelector<HTMLAnchorElement>('.bs-foot a.bs-report-link')!;
    expect(a.textContent).toBe('Report a problem with this card');
    expect(a.target).toBe('_blank');
    expect(a.rel).toBe('noopener noreferrer');
    expect(new URL(a.href).origin + new URL(a.href).pathname).toBe('https://github.com/backstory-news/backstory/issues/new');
    expect(body(a)).toContain('Record: ent-bytedance');
    expect(body(a)).toContain(`Dataset version: ${ds.meta.version}`);
  });

  it('leaves the page’s address out until the reader ticks the box, and takes it out again when they untick it', async () => {
    const el = show(true, PAGE);
    const a = () => el.querySelector<HTMLAnchorElement>('.bs-report-link')!;
    const box = el.querySelector<HTMLInputElement>('input[name="includePage"]')!;
    expect(box.checked).toBe(false);
    expect(body(a())).not.toContain('news.example');
    box.click();
    await tick();
    expect(body(a())).toContain(`Page: ${PAGE}`);
    box.click();
    await tick();
    expect(body(a())).not.toContain('news.example');
  });

  it('offers no box where there is no web page to name', () => {
    expect(show(true).querySelector('input[name="includePage"]')).toBeNull();
    document.body.replaceChildren();
    expect(show(true, 'chrome-extension://abc/sidepanel.html').querySelector('input[name="includePage"]')).toBeNull();
  });
});

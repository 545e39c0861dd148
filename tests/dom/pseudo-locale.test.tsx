// @vitest-environment happy-dom
/**
 * Every UI string goes through `t`: rendered with a pseudo-locale that wraps each
 * message as ⟦key⟧, a component shows no letters outside those marks except the
 * content it was given (titles, names, file names, sites) and formatted dates.
 * A string typed straight into a component shows up here as plain English.
 * The card is rendered from data the background's builders made with the same
 * pseudo `t`, so a label hard-coded there shows up too.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Translate } from '../../data/i18n.ts';
import { bundledDataset } from '../../data/dataset/index.ts';
import { buildCardData } from '../../data/records/card-data.ts';
import { followersIndex, linkedIds } from '../../data/records/links.ts';
import { datasetSchema, type AnyRecord } from '../../data/records/schema.ts';
import { allRecords } from '../../data/records/term-index.ts';
import { CardDialog } from '../../components/CardDialog.tsx';
import { OptionsPage } from '../../components/OptionsPage.tsx';
import type { ImportState } from '../../components/ImportReview.tsx';
import type { InstalledData } from '../../data/protocol.ts';
import { SidePanel } from '../../components/SidePanel.tsx';
import { PopupPanel } from '../../components/PopupPanel.tsx';

const pseudoT: Translate = (key, ...subs) => `⟦${key}⟧${subs.length ? `(${subs.join('|')})` : ''}`;
const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];
afterEach(() => document.body.replaceChildren());

/** Text and labels of `el` that are neither a ⟦message⟧ nor one of the given content strings; kbd key names aside. */
export function untranslated(el: Element, content: readonly string[]): string[] {
  const known = [...content].filter((c) => c.trim()).sort((a, b) => b.length - a.length);
  const left = (text: string) => {
    let rest = text.replace(/⟦\w+⟧/g, ' ');
    for (const c of known) rest = rest.split(c).join(' ');
    return /\p{L}/u.test(rest) ? [text.trim()] : [];
  };
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) out.push(...left(node.textContent ?? ''));
    if (node.nodeType !== 1) return;
    const e = node as Element;
    if (e.tagName === 'KBD') return;
    for (const a of ATTRIBUTES) if (e.hasAttribute(a)) out.push(...left(e.getAttribute(a)!));
    e.childNodes.forEach(walk);
  };
  walk(el);
  return out;
}

function show(ui: ComponentChild): Element {
  const el = document.body.appendChild(document.createElement('div'));
  render(ui, el);
  return el;
}

describe('the options page in a pseudo-locale', () => {
  const installed: InstalledData = {
    bundled: { title: 'Bundled data', version: '2026.1', lastReviewed: '2026-01-10' },
    packs: [{ id: 'p1', title: 'Pack title', publisher: 'Publisher name', version: '3', created: '2026-02-01', counts: { entities: 1, events: 2, claims: 0, figures: 0, sources: 5 } }],
  } as InstalledData;
  const content = ['Bundled data', 'Pack title', 'Publisher name', 'news.example', 'pack.json', 'Record title', 'a problem message', 'events[0]', 'Jan', 'Feb'];
  const states: ImportState[] = [
    { step: 'checking', fileName: 'pack.json' },
    { step: 'problems', fileName: 'pack.json', problems: [{ path: 'events[0]', message: 'a problem message' }] },
    {
      step: 'review', fileName: 'pack.json',
      check: {
        valid: true, kind: 'claimreview', replaces: '2', header: { title: 'Pack title', publisher: 'Publisher name', version: '3' },
        changes: { added: [{ id: 'a', type: 'event', title: 'Record title' }], updated: [], removed: [{ id: 'b', type: 'claim', title: 'Record title' }], unchanged: 4 },
      } as never,
    },
  ];
  for (const state of states) {
    it(`leaves no English in the page while ${state.step}`, () => {
      const el = show(
        <OptionsPage installed={installed} importState={state} offSites={['news.example']} onFiles={() => {}} onApply={() => {}} onCancel={() => {}}
          onRemove={() => {}} onExport={() => {}} onSiteOn={() => {}} exportNote={pseudoT('optionsExportSaved', 'pack.json')} t={pseudoT} />,
      );
      expect(el.textContent).toContain('⟦optionsTitle⟧');
      expect(untranslated(el, content)).toEqual([]);
    });
  }

  it('finds a string that skipped t', () => {
    const el = show(<p aria-label="Close">⟦cardMore⟧ <span>Less</span></p>);
    expect(untranslated(el, content)).toEqual(['Close', 'Less']);
  });
});

describe('the side panel in a pseudo-locale', () => {
  const page = {
    url: 'https://news.example/a',
    publishedSource: 'json-ld' as const,
    view: {
      groups: [
        { layer: 'claims' as const, label: 'Group label', count: 2, entries: [{ id: 'c1', layer: 'claims' as const, title: 'Claim title', detail: 'Verdict label', count: 2, verdict: { key: 'supported', label: 'Verdict label' } }] },
        { layer: 'entities' as const, label: 'Group label', count: 1, entries: [{ id: 'e1', layer: 'entities' as const, title: 'Entity title', detail: 'Entity detail', count: 1 }] },
        { layer: 'figures' as const, label: 'Group label', count: 0, entries: [] },
      ],
      timeline: [
        { kind: 'event' as const, id: 'v1', title: 'Event title', date: '2024-01-01', dateLabel: 'Date label', count: 1, placement: 'before' as const },
        { kind: 'article' as const, date: '2024-03-13', dateLabel: 'Date label' },
      ],
      timelineCount: 1,
      story: [],
      published: '2024-03-13',
    },
  };
  const content = ['Group label', 'Claim title', 'Verdict label', 'Entity title', 'Entity detail', 'Event title', 'Date label', 'Hit title', 'Hit detail', 'Alias', 'query', 'März'];
  const base = { page, onFlash: () => {}, onQuery: () => {}, loadCard: () => new Promise<never>(() => {}), dark: false, onOpen: () => {}, onCloseCard: () => {}, onWide: () => {}, t: pseudoT, locale: 'de' };

  it('leaves no English in the page’s contents, its date and a flash note', () => {
    const el = show(<SidePanel {...base} query="" hits={undefined} wide={false} flashNote={{ id: 'c1', index: 1, total: 2 }} />);
    expect(el.textContent).toContain('⟦panelTitle⟧');
    expect(untranslated(el, content)).toEqual([]);
  });

  it('leaves no English in search results, in the empty states or while reading', () => {
    const hits = [{ id: 'e1', type: 'entity' as const, layer: 'entities' as const, title: 'Hit title', detail: 'Hit detail', matched: 'Alias' }];
    for (const ui of [
      <SidePanel {...base} query="query" hits={hits} wide={false} />,
      <SidePanel {...base} query="query" hits={[]} wide={false} />,
      <SidePanel {...base} query="query" hits={undefined} wide={false} />,
      <SidePanel {...base} page={undefined} query="" hits={undefined} wide={false} />,
      <SidePanel {...base} page={null} query="" hits={undefined} wide />,
      <SidePanel {...base} query="" hits={undefined} wide />,
    ]) {
      const el = show(ui);
      expect(untranslated(el, content)).toEqual([]);
      document.body.replaceChildren();
    }
  });
});

describe('the popup in a pseudo-locale', () => {
  it('leaves no English, the published date and its correction form included', () => {
    const page = { url: 'https://news.example/a', status: 'coverage' as const, counts: { entities: 1, timeline: 0, claims: 2, figures: 0 }, published: { date: '2024-03-13', source: 'meta' as const, detail: 'x', confidence: 'high' as const }, correctedDate: '2024-03-12' };
    const el = show(
      <PopupPanel page={page} settings={{ entities: true, timeline: true, claims: true, figures: true }} onToggle={() => {}} markEvery={false} onMarkEvery={() => {}}
        freshness={{ reviewed: '2024-01-01', stale: true }} onOpenOptions={() => {}} control={{ paused: false, offSites: [] }} onSiteOff={() => {}} onPause={() => {}}
        onOpenPanel={() => {}} onCorrectDate={() => {}} t={pseudoT} locale="de" />,
    );
    expect(untranslated(el, ['Backstory', 'news.example', 'März', 'Jan'])).toEqual([]);
  });
});

describe('the card in a pseudo-locale, with the data the background builds in it', () => {
  const ds = datasetSchema.parse(bundledDataset);
  const byId = new Map<string, AnyRecord>(allRecords(ds).map((r) => [r.id, r]));
  const sources = new Map(ds.sources.map((s) => [s.id, s]));
  const followers = followersIndex(ds);
  const lookup = { record: (r: string) => byId.get(r), source: (s: string) => sources.get(s), followersOf: (r: string) => followers[r] ?? [], meta: ds.meta };
  const pageUrl = 'https://news.example/a';
  /** An entity whose role changed since, an event with links both ways, a claim a later event outdated, a figure replaced since. */
  const IDS = ['ent-oracle', 'evt-2026-01-22-joint-venture-closes', 'clm-tiktok-banned-unless-sold-by-deadline', 'fig-tiktok-us-users-170-million'];
  /** The dataset's own words a card may show: names, titles, summaries, sources (never ids, kinds or other codes the card must translate). */
  const CONTENT_FIELDS = new Set(['name', 'title', 'statement', 'summary', 'role', 'explanation', 'evidence', 'value', 'measures', 'claimedBy', 'note', 'rating', 'text', 'publisher', 'via', 'url']);
  const wordsOf = (value: unknown, key = ''): string[] => {
    if (typeof value === 'string') return CONTENT_FIELDS.has(key) ? [value] : [];
    if (Array.isArray(value)) return value.flatMap((v) => wordsOf(v, key));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => wordsOf(v, k));
    return [];
  };
  /** German month names as formatDate writes them, with a day ("Sept.") and without one ("März 2024"). */
  const germanMonths = [{ day: 'numeric' as const }, {}].flatMap((day) =>
    Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat('de', { ...day, month: 'short', year: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2024, m, 1)).find((p) => p.type === 'month')!.value));
  const contentOf = (id: string) => {
    const r = byId.get(id)!;
    const linked = linkedIds(r, followers).map((l) => byId.get(l)).filter(Boolean);
    const outdatedBy = r.type === 'claim' && r.outdatedBy ? [byId.get(r.outdatedBy.event)] : [];
    return [...wordsOf([r, ...linked, ...outdatedBy]), ...wordsOf(r.sources.map((s) => sources.get(s))), ds.meta.version, pageUrl, 'Backstory', ...germanMonths]; // the product's name titles a card that could not load
  };

  /** The first view clips long content to its first sentence, or a few words and an ellipsis: that start of the content is content too. */
  const unclipped = (found: string[], content: readonly string[]) =>
    found.filter((text) => {
      if (!/[….!?]\)?$/u.test(text)) return true; // the pseudo t's "⟦key⟧(…)" closes after the cut
      const rest = text.replace(/⟦\w+⟧\(?/g, '').replace(/…\)?$/, '').trim();
      return !content.some((c) => c.startsWith(rest));
    });

  async function showCard(published: string | null | undefined) {
    const cards = new Map(IDS.map((id) => [id, buildCardData(byId.get(id)!, lookup, published, { t: pseudoT, locale: 'de' })]));
    const el = document.body.appendChild(document.createElement('div'));
    const tabs = [...IDS.map((id) => ({ id, label: '⟦cardTypeName⟧' })), { id: 'ent-missing', label: '⟦cardTypeName⟧' }];
    const load = (id: string) => (cards.has(id) ? Promise.resolve(cards.get(id)!) : Promise.reject(new Error('gone')));
    await act(async () => {
      render(<CardDialog tabs={tabs} load={load} repair={async () => {}} onClose={() => {}} sheet={false} dark={false} pageUrl={pageUrl} t={pseudoT} locale="de" />, el);
    });
    await act(async () => undefined);
    return { el, cards };
  }
  const click = async (el: Element | null | undefined) => act(async () => (el as HTMLElement).click());

  for (const published of ['2024-03-13', null, undefined]) {
    it(`leaves no English in any card type, first view and full record, on ${published === undefined ? 'no page' : published === null ? 'an undated article' : 'an article of 13 Mar 2024'}`, async () => {
      const { el, cards } = await showCard(published);
      const content = [...new Set(IDS.flatMap(contentOf))];
      for (let i = 0; i <= IDS.length; i++) {
        await click(el.querySelectorAll('[role="tab"]')[i]);
        const id = IDS[i];
        if (id) expect(el.querySelector('.bs-title')?.textContent).toBe(cards.get(id)!.title);
        else expect(el.querySelector('.bs-error')?.textContent).toBe('⟦cardNotLoaded⟧');
        expect(unclipped(untranslated(el, content), content), `${id ?? 'error'}, first view`).toEqual([]);
        const more = el.querySelector('.bs-more');
        if (more?.getAttribute('aria-expanded') === 'false') await click(more);
        expect(untranslated(el, content), `${id ?? 'error'}, full record`).toEqual([]);
      }
      if (published) {
        await click(el.querySelectorAll('[role="tab"]')[0]);
        expect(el.textContent).toContain('13. März 2024');
        expect(el.querySelector('.bs-roles')?.textContent).toMatch(/⟦cardRoleThen⟧/);
        await click(el.querySelectorAll('[role="tab"]')[2]);
        expect(el.querySelector('.bs-outdated')?.textContent).toMatch(/⟦cardOutdatedSince⟧/);
        await click(el.querySelectorAll('[role="tab"]')[3]);
        expect(el.querySelector('.bs-since-count')?.textContent).toMatch(/^170 million \(13\. März 2024\) → /);
      }
      render(null, el);
    });
  }
});

/**
 * The text the background writes (card kickers, fact labels, verdicts, the side
 * panel's groups, search details, pack problems) comes from messages.json through
 * the `t` it is given, with dates in the reader's language. A pseudo-language
 * that marks every message as ⟦key⟧ shows any English that skipped it.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../data/dataset/index.ts';
import { formatDate } from '../../data/format-date.ts';
import type { Translate, UiText } from '../../data/i18n.ts';
import { buildCardData } from '../../data/records/card-data.ts';
import { followersIndex } from '../../data/records/links.ts';
import { buildPanelView } from '../../data/records/panel-view.ts';
import { validatePack } from '../../data/records/pack-validate.ts';
import { checkImport } from '../../data/records/pack-import.ts';
import { fileSizeProblem } from '../../data/records/pack-limits.ts';
import { datasetSchema, type AnyRecord, type PackInput } from '../../data/records/schema.ts';
import { buildSearchIndex, searchRecords } from '../../data/records/search.ts';
import { allRecords } from '../../data/records/term-index.ts';
import { browserText } from '../../entrypoints/background/ui-text.ts';
import { goodPack, miniBundled } from './pack-fixtures.ts';

const pseudoT: Translate = (key, ...subs) => `⟦${key}⟧${subs.length ? `(${subs.join('|')})` : ''}`;
const pseudo: UiText = { t: pseudoT, locale: 'de' };
const ds = datasetSchema.parse(bundledDataset);
const all = allRecords(ds);
const byId = new Map<string, AnyRecord>(all.map((r) => [r.id, r]));
const sources = new Map(ds.sources.map((s) => [s.id, s]));
const followers = followersIndex(ds);
const lookup = { record: (r: string) => byId.get(r), source: (s: string) => sources.get(s), followersOf: (r: string) => followers[r] ?? [], meta: ds.meta };
const MESSAGE = /^⟦\w+⟧/;

describe('cards the background builds in the reader’s language', () => {
  it('takes every kicker, fact label, verdict and event link label from the messages', () => {
    for (const r of all) {
      const card = buildCardData(r, lookup, '2024-03-13', pseudo);
      expect(card.kicker, r.id).toMatch(MESSAGE);
      for (const f of card.facts) expect(f.label, r.id).toMatch(MESSAGE);
      if (card.verdict && card.verdict.key !== 'as-rated') {
        expect(card.verdict.label).toMatch(/^⟦cardVerdict\w+⟧$/);
        expect(card.verdict.definition).toMatch(/^⟦cardVerdict\w+Definition⟧$/);
      }
      if (r.type === 'event') for (const l of card.timeline) expect(l.label, r.id).toMatch(/^⟦cardLink(Before|Replaces|After)⟧/);
    }
  });

  it('writes the article’s day, event dates and figure dates in the browser’s language', () => {
    const ruling = ds.events.find((e) => /Supreme Court upholds/.test(e.title))!;
    const card = buildCardData(byId.get(ruling.id)!, lookup, '2024-03-13', pseudo);
    expect(card.time?.publishedLabel).toBe('13. März 2024');
    expect(card.kicker).toBe(`⟦cardKickerEvent⟧(${formatDate(ruling.date, ruling.precision, 'de')})`);
    expect(card.kicker).toContain('Jan.');
    const figure = ds.figures.find((f) => f.history.length > 0)!;
    const fig = buildCardData(byId.get(figure.id)!, lookup, undefined, pseudo);
    expect(fig.facts[0]!.value).toBe(formatDate(figure.asOf, undefined, 'de'));
    expect(fig.history.map((h) => h.date)).toEqual(figure.history.map((h) => formatDate(h.date, undefined, 'de')));
  });

  it('keeps English, the house style, when no language is given', () => {
    const claim = ds.claims.find((c) => c.verdict === 'not-supported')!;
    const card = buildCardData(byId.get(claim.id)!, lookup);
    expect(card.kicker).toBe('Claim check');
    expect(card.verdict?.label).toBe('Not supported by available sources');
  });
});

describe('the side panel and search in the reader’s language', () => {
  it('labels the groups and details from the messages, with German dates', () => {
    const figure = ds.figures[0]!;
    const entity = ds.entities.find((e) => e.kind === 'company')!;
    const view = buildPanelView([{ id: figure.id, layer: 'figures', count: 1 }, { id: entity.id, layer: 'entities', count: 2 }], (id) => byId.get(id), ds.events, '2024-03-13', pseudo);
    expect(view.groups.map((g) => g.label)).toEqual(['⟦panelGroupClaims⟧', '⟦panelGroupEntities⟧', '⟦panelGroupFigures⟧']);
    expect(view.groups[1]!.entries[0]!.detail).toBe('⟦cardEntityCompany⟧');
    expect(view.groups[2]!.entries[0]!.detail).toBe(`⟦panelFigureDetail⟧(${figure.measures}|${formatDate(figure.asOf, undefined, 'de')})`);
    expect(view.timeline.find((i) => i.kind === 'article')?.dateLabel).toBe('13. März 2024');
  });

  it('writes each hit’s second line from the messages', () => {
    const hits = searchRecords(buildSearchIndex(all, pseudo), 'tiktok', 50);
    expect(hits.length).toBeGreaterThan(3);
    for (const h of hits) expect(h.detail, h.id).toMatch(/^⟦panelHit(Entity|Event|Claim|Figure)⟧/);
  });
});

describe('pack problems in the reader’s language', () => {
  it('says what the schema found wrong through the messages', () => {
    const p = structuredClone(goodPack()) as PackInput & Record<string, unknown>;
    (p.entities![0] as Record<string, unknown>).colour = 'red';
    (p.entities![0] as Record<string, unknown>).name = 7;
    (p.entities![1] as Record<string, unknown>).summary = '';
    const out = validatePack(p, miniBundled(), [], pseudo);
    expect(out.ok).toBe(false);
    const messages = out.ok ? [] : out.problems.map((x) => x.message);
    expect(messages).toEqual(expect.arrayContaining([
      '⟦optionsIssueExpected⟧(⟦optionsValueText⟧|⟦optionsValueTheNumber⟧(7))',
      '⟦optionsIssueUnknownFieldOne⟧(1|"colour")',
      '⟦optionsIssueEmpty⟧',
    ]));
  });
});

describe('every pack problem in the reader’s language', () => {
  const check = (text: string) => {
    const { check: out } = checkImport({ text, fileName: 'pack.json', bundled: miniBundled(), installed: [], today: '2026-02-01', ui: pseudo });
    return out.valid ? [] : out.problems.map((p) => p.message);
  };

  it('words the file’s own problems (size, JSON, keys) through the messages', () => {
    expect(fileSizeProblem(50 * 1024 * 1024, pseudoT)?.message).toBe('⟦optionsIssueFileTooBig⟧(50.0 MB|8.0 MB)');
    expect(check('{ "pack": ')).toEqual([expect.stringMatching(/^⟦optionsIssueNotJson⟧\(/)]);
    expect(check('{ "__proto__": {} }')).toEqual(['⟦optionsIssueForbiddenKey⟧(__proto__)']);
    expect(check('[1, 2]')).toEqual(['⟦optionsIssueNotPack⟧']);
  });

  it('words the cross-reference rules through the messages', () => {
    const p = structuredClone(goodPack()) as PackInput;
    p.entities![0]!.sources = ['src-nowhere'];
    p.entities![0]!.related = ['evt-nowhere'];
    p.entities!.push({ ...p.entities![1]! });
    expect(check(JSON.stringify(p)).sort()).toEqual([
      '⟦optionsIssueTwice⟧(ent-oracle|entities[1])',
      '⟦optionsIssueUnknownEvent⟧(evt-nowhere)',
      '⟦optionsIssueUnknownSource⟧(src-nowhere)',
    ]);
  });

  it('words a ClaimReview file’s problems through the messages', () => {
    const review = { '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'javascript:alert(1)', datePublished: 'yesterday' };
    const messages = check(JSON.stringify(review));
    expect(messages.length).toBeGreaterThanOrEqual(4);
    for (const m of messages) expect(m).toMatch(/^⟦optionsIssue\w+⟧$/);
    const asPack = check('{ "@type": "Article" }'); // not ClaimReview: read as a pack with no header
    expect(asPack).toContain('⟦optionsIssueRequired⟧');
    for (const m of asPack) expect(m).toMatch(/^⟦optionsIssue\w+⟧/);
  });
});

describe('the worker’s text', () => {
  it('asks browser.i18n for each message and the UI language', () => {
    const asked: string[] = [];
    const ui = browserText({
      getMessage: ((key: string, subs?: string[]) => (asked.push(key), key === 'cardKickerClaim' ? `Behauptung${subs?.length ? '!' : ''}` : '')) as never,
      getUILanguage: () => 'de-AT',
    });
    expect(ui.locale).toBe('de-AT');
    expect(ui.t('cardKickerClaim')).toBe('Behauptung');
    expect(ui.t('cardKickerFigure')).toBe('Figure'); // no translation: English from messages.json
    expect(asked).toEqual(['cardKickerClaim', 'cardKickerFigure']);
  });
});

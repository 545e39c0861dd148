// @vitest-environment happy-dom
/**
 * The PageAnnotator on a real page: the Semafor article about the Supreme Court
 * ruling placed in a real host page (tests/fixtures/real-markup), matched with the
 * small test dataset, painted into the fake CSS.highlights of tests/dom/setup.ts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMatcher, type Matcher } from '../../data/match/find-terms.ts';
import type { TermIndex } from '../../data/match/terms.ts';
import { DEFAULT_LAYER_SETTINGS } from '../../data/layers.ts';
import { datasetSchema } from '../../data/records/schema.ts';
import { compileTermIndex } from '../../data/records/term-index.ts';
import { PageAnnotator } from '../../entrypoints/content/page-annotator.ts';
import type { Slicer } from '../../entrypoints/content/slicer.ts';
import { miniDataset } from '../unit/fixture-dataset.ts';
import { registered, resetHighlights, shown } from './highlights.ts';
import { fixture, loadPage, realPageHtml } from './real-page.ts';

const index = compileTermIndex(datasetSchema.parse(miniDataset()));
const STORY = realPageHtml('pos-en-2025-01-scotus-upholds-semafor');
const PASSING = realPageHtml('neg-en-2023-12-today-food-trends');
const noSlices: Slicer = { due: () => false, yield: async () => {} };
const ALL_ON = { layers: DEFAULT_LAYER_SETTINGS, markEvery: false };

function annotator(opts: { slicer?: Slicer; load?: () => Promise<Matcher> } = {}) {
  const loadMatcher = vi.fn(opts.load ?? (async () => createMatcher(index)));
  const a = new PageAnnotator({ doc: document, slicer: opts.slicer ?? noSlices, loadMatcher });
  a.show(ALL_ON);
  return { a, loadMatcher };
}

const story = () => document.querySelector('[data-real-markup="body"]')!;
const paragraph = (n: number) => story().querySelectorAll('p')[n]!;

beforeEach(() => {
  resetHighlights();
  loadPage(STORY);
});

describe('PageAnnotator.annotate', () => {
  it('paints nothing wrong when the page rewrites every paragraph after it was read, before it is matched', async () => {
    // Same lengths, other words: stale offsets would now mark the wrong text.
    const rewrite = () => {
      for (const p of story().querySelectorAll('p'))
        for (const t of p.childNodes) if (t.nodeType === 3) (t as Text).data = (t as Text).data.replace(/[A-Za-z]/g, 'x');
    };
    const { a } = annotator({ load: async () => (rewrite(), createMatcher(index)) });
    await a.annotate();
    expect([...shown('entities'), ...shown('figures')].filter((t) => /x{3}/.test(t))).toEqual([]);
  });

  it('paints nothing and throws nothing when the page replaces its document during the pass', async () => {
    let replaced = false;
    const slicer: Slicer = {
      due: () => true,
      yield: async () => {
        if (replaced) return;
        replaced = true;
        document.removeChild(document.documentElement);
        document.appendChild(document.createElement('html'));
      },
    };
    const { a } = annotator({ slicer });
    await expect(a.annotate()).resolves.toBeDefined();
    expect(shown('entities')).toEqual([]);
  });

  it('marks the first mention of each name and figure on a real coverage page, leaving its markup as it was', async () => {
    const before = document.body.innerHTML;
    const { a } = annotator();
    const state = await a.annotate();
    expect(state.status).toBe('coverage');
    expect(shown('entities')).toEqual(['TikTok', 'ByteDance', 'Shou Zi Chew']);
    expect(shown('figures')).toEqual(['170 million']);
    expect(registered()).toEqual(['backstory-claims', 'backstory-entities', 'backstory-figures', 'backstory-timeline']);
    expect(a.counts).toEqual({ entities: 3, timeline: 0, claims: 0, figures: 1 });
    expect(document.body.innerHTML).toBe(before);
  });

  it('reads the story from the article, not from the host page around it', async () => {
    const { a } = annotator();
    const state = await a.annotate();
    expect(state.status === 'coverage' && state.root).toBe(story());
  });

  it('paints the same marks when the pass is cut into slices at every check', async () => {
    const yields = vi.fn(async () => {});
    const { a } = annotator({ slicer: { due: () => true, yield: yields } });
    await a.annotate();
    expect(yields).toHaveBeenCalled();
    expect(shown('entities')).toEqual(['TikTok', 'ByteDance', 'Shou Zi Chew']);
  });

  it('leaves a page that names TikTok only in passing unmarked, without loading the matcher', async () => {
    loadPage(PASSING);
    const createHighlights = vi.fn();
    const loadMatcher = vi.fn(async () => createMatcher(index));
    const a = new PageAnnotator({ doc: document, slicer: noSlices, loadMatcher, createHighlights });
    const state = await a.annotate();
    expect(state.status).toBe('passing');
    expect(loadMatcher).not.toHaveBeenCalled();
    expect(createHighlights).not.toHaveBeenCalled();
    expect(registered()).toEqual([]);
  });

  it('stays quiet on a page that never names the story', async () => {
    loadPage(fixture('readability/001.html'));
    const { a, loadMatcher } = annotator();
    expect((await a.annotate()).status).toBe('quiet');
    expect(loadMatcher).not.toHaveBeenCalled();
    expect(registered()).toEqual([]);
  });

  it('loads the matcher once across passes, and again after forgetMatcher (a pack added a name)', async () => {
    const withPack: TermIndex = { ...index, terms: [...index.terms, { key: 'lemon8', id: 'ent-lemon8', layer: 'entities' }] };
    let current = index;
    const { a, loadMatcher } = annotator({ load: async () => createMatcher(current) });
    await a.annotate();
    await a.annotate();
    expect(loadMatcher).toHaveBeenCalledTimes(1);
    current = withPack;
    a.forgetMatcher();
    await a.annotate();
    expect(loadMatcher).toHaveBeenCalledTimes(2);
    expect(shown('entities')).toContain('Lemon8');
  });
});

describe('PageAnnotator.show', () => {
  it('with "Mark every mention" marks every mention, and takes them off again when it is switched off', async () => {
    const { a } = annotator();
    await a.annotate();
    a.show({ ...ALL_ON, markEvery: true });
    expect(shown('entities')).toEqual(['TikTok', 'ByteDance', 'TikTok', 'TikTok', 'TikTok', 'TikTok', 'Shou Zi Chew', 'Chew', 'ByteDance', 'TikTok']);
    expect(a.counts.entities).toBe(10);
    a.show(ALL_ON);
    expect(shown('entities')).toEqual(['TikTok', 'ByteDance', 'Shou Zi Chew']);
    expect(a.counts.entities).toBe(3);
  });

  it('marks every mention from the first pass when the reader chose so before it', async () => {
    const { a } = annotator();
    a.show({ ...ALL_ON, markEvery: true });
    await a.annotate();
    expect(shown('entities')).toHaveLength(10);
  });

  it('hides a switched-off layer without forgetting its marks (the popup still counts them)', async () => {
    const { a } = annotator();
    await a.annotate();
    a.show({ layers: { ...DEFAULT_LAYER_SETTINGS, figures: false }, markEvery: false });
    expect(registered()).not.toContain('backstory-figures');
    expect(a.counts.figures).toBe(1);
    a.show(ALL_ON);
    expect(shown('figures')).toEqual(['170 million']);
  });

  it('starts a page with a layer off hidden, from its first paint', async () => {
    const { a } = annotator();
    a.show({ layers: { ...DEFAULT_LAYER_SETTINGS, entities: false }, markEvery: false });
    await a.annotate();
    expect(registered()).not.toContain('backstory-entities');
    expect(shown('figures')).toEqual(['170 million']);
  });
});

describe('PageAnnotator.clear', () => {
  it('takes every mark off the page and forgets it', async () => {
    const { a } = annotator();
    await a.annotate();
    a.clear();
    for (const layer of ['entities', 'figures'] as const) expect(shown(layer)).toEqual([]);
    expect(a.counts).toEqual({ entities: 0, timeline: 0, claims: 0, figures: 0 });
    expect(a.state.status).toBe('quiet');
    expect(a.index.all()).toEqual([]);
  });

  it('a new pass after clear marks the page afresh, without doubles', async () => {
    const { a } = annotator();
    await a.annotate();
    await a.annotate();
    expect(shown('entities')).toEqual(['TikTok', 'ByteDance', 'Shou Zi Chew']);
  });
});

describe('PageAnnotator.found', () => {
  /** The same report counted the slow way, from every match in the index. */
  const fromIndex = (a: PageAnnotator) => {
    const found = new Map<string, number>();
    for (const m of a.index.all()) found.set(m.id, (found.get(m.id) ?? 0) + 1);
    return Object.fromEntries([...found].sort());
  };
  const reported = (a: PageAnnotator) => Object.fromEntries(a.found.map((f) => [f.id, f.count]).sort());

  it('counts every mention of each record, marked or not, as the page changes', async () => {
    const { a } = annotator();
    await a.annotate();
    const entities = () => a.found.filter((f) => f.layer === 'entities').reduce((n, f) => n + f.count, 0);
    expect(entities()).toBe(10); // the ten names "Mark every mention" shows
    expect(reported(a)).toEqual(fromIndex(a));
    await a.annotateAdded([paragraph(0).firstChild!]); // reread: no doubles
    expect(reported(a)).toEqual(fromIndex(a));
    const gone = paragraph(4);
    gone.remove();
    await a.annotateAdded([story()], [gone]);
    expect(entities()).toBe(7); // without that paragraph’s TikTok, Shou Zi Chew and Chew
    expect(reported(a)).toEqual(fromIndex(a));
    a.clear();
    expect(a.found).toEqual([]);
  });
});

describe('PageAnnotator.annotateAdded', () => {
  it('marks a name in a paragraph the page added late, and leaves a name it already marks quiet there', async () => {
    const { a } = annotator();
    await a.annotate();
    const p = document.createElement('p');
    p.textContent = 'Oracle, which hosts the data of TikTok users in the US, was not named in the ruling.';
    story().append(p);
    await a.annotateAdded([p]);
    expect(shown('entities')).toEqual(['TikTok', 'ByteDance', 'Shou Zi Chew', 'Oracle']);
    expect(a.counts.entities).toBe(4);
  });

  it('rereads a changed paragraph without doubling its marks', async () => {
    const { a } = annotator();
    await a.annotate();
    const text = paragraph(0).firstChild!;
    await a.annotateAdded([text]);
    expect(shown('entities')).toEqual(['TikTok', 'ByteDance', 'Shou Zi Chew']);
    expect(a.counts.entities).toBe(3);
  });

  it('drops the marks of a paragraph the page removed', async () => {
    const { a } = annotator();
    await a.annotate();
    const gone = paragraph(4); // "TikTok CEO Shou Zi Chew …"
    gone.remove();
    await a.annotateAdded([story()], [gone]);
    expect(shown('entities')).toEqual(['TikTok', 'ByteDance']);
    expect(a.counts.entities).toBe(2);
    a.show({ ...ALL_ON, markEvery: true });
    expect(shown('entities')).not.toContain('Chew');
  });

  it('marks a name again where the page rewrote the paragraph of its first mention', async () => {
    const { a } = annotator();
    await a.annotate();
    const first = paragraph(4);
    const old = [...first.childNodes];
    first.textContent = 'Shou Zi Chew spoke after the ruling.';
    // What page-watch hands over for this edit: the paragraph and its new text, and the old text removed.
    await a.annotateAdded([first, first.firstChild!], old);
    expect(shown('entities')).toEqual(['TikTok', 'ByteDance', 'Shou Zi Chew']);
    expect(a.counts.entities).toBe(3);
  });

  it('does nothing before a coverage pass', async () => {
    const { a } = annotator();
    await a.annotateAdded([paragraph(0)]);
    expect(registered()).toEqual([]);
    expect(a.index.all()).toEqual([]);
  });

  it('ignores text the page adds outside the article', async () => {
    const { a } = annotator();
    await a.annotate();
    a.show({ ...ALL_ON, markEvery: true });
    const before = shown('entities');
    const footer = document.createElement('div');
    footer.textContent = 'Oracle and ByteDance, in the footer of the host page.';
    document.body.append(footer);
    await a.annotateAdded([footer]);
    expect(shown('entities')).toEqual(before);
  });
});

// @vitest-environment happy-dom
/** Which annotation a click or a key lands on, over matches painted on a real page. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LAYER_SETTINGS, type Layer } from '../../data/layers.ts';
import { caretAt, createMatchIndex, keyStep, pointInRange, stepMatch, type PaintedMatch, type View } from '../../entrypoints/content/hit-test.ts';
import { collectText, type PageText } from '../../entrypoints/content/page-text.ts';
import { nodeSpan, toStaticRange } from '../../entrypoints/content/text-ranges.ts';
import { fixture, loadPage } from './real-page.ts';

const VIEW: View = { layers: DEFAULT_LAYER_SETTINGS, markEvery: false };
let page: PageText;

/** A painted match over the `nth` occurrence of `phrase`, filed as PageAnnotator files it. */
function paint(index: ReturnType<typeof createMatchIndex> | null, phrase: string, id: string, layer: Layer, opts: { quiet?: boolean; nth?: number } = {}): PaintedMatch {
  let start = -1;
  for (let k = 0; k <= (opts.nth ?? 0); k++) start = page.text.indexOf(phrase, start + 1);
  const end = start + phrase.length;
  const span = nodeSpan(page, start, end);
  const m: PaintedMatch = { start, end, id, layer, range: toStaticRange(page, start, end, span)!, quiet: opts.quiet ?? false };
  index?.add(m, page.nodes.slice(span[0], span[1] + 1));
  return m;
}

beforeEach(async () => {
  loadPage(fixture('readability/ars-1.html'));
  page = await collectText(document.querySelector('[itemprop="articleBody"]')!);
});

describe('the match index', () => {
  it('finds the match under a click, at its first and last letter, and nothing beside it', () => {
    const index = createMatchIndex();
    const m = paint(index, 'Ammar Askar', 'ent-askar', 'entities');
    const node = m.range.startContainer;
    expect(index.at(node, m.range.startOffset, VIEW)).toBe(m);
    expect(index.at(node, m.range.endOffset, VIEW)).toBe(m);
    expect(index.at(node, m.range.startOffset - 5, VIEW)).toBeNull();
  });

  it('lists every record at an overlap once, most specific first, for the card’s tabs', () => {
    const index = createMatchIndex();
    const claim = paint(index, 'Ammar Askar wrote', 'clm-wrote', 'claims');
    const person = paint(index, 'Ammar Askar', 'ent-askar', 'entities');
    paint(index, 'Ammar Askar wrote', 'clm-wrote', 'claims'); // the same record painted twice
    expect(index.allAt(person.range.startContainer, person.range.startOffset + 2, VIEW).map((m) => m.id)).toEqual(['ent-askar', 'clm-wrote']);
    expect(index.allAt(claim.range.endContainer, claim.range.endOffset - 1, VIEW)).toEqual([claim]);
    expect(index.allAt(person.range.startContainer, person.range.startOffset + 2, { ...VIEW, layers: { ...DEFAULT_LAYER_SETTINGS, claims: false } })).toEqual([person]);
  });

  it('picks the most specific match where layers overlap', () => {
    const index = createMatchIndex();
    const claim = paint(index, 'Ammar Askar wrote', 'clm-wrote', 'claims');
    const person = paint(index, 'Ammar Askar', 'ent-askar', 'entities');
    expect(index.at(person.range.startContainer, person.range.startOffset + 2, VIEW)).toBe(person);
    expect(index.at(claim.range.endContainer, claim.range.endOffset - 1, VIEW)).toBe(claim);
  });

  it('does not open what the reader cannot see: a switched-off layer, or an unmarked later mention', () => {
    const index = createMatchIndex();
    const person = paint(index, 'Askar', 'ent-askar', 'entities', { nth: 1, quiet: true });
    const at = [person.range.startContainer, person.range.startOffset + 1] as const;
    expect(index.at(...at, VIEW)).toBeNull();
    expect(index.at(...at, { ...VIEW, markEvery: true })).toBe(person);
    expect(index.at(...at, { layers: { ...DEFAULT_LAYER_SETTINGS, entities: false }, markEvery: true })).toBeNull();
  });

  it('finds a match split across a link from either side of it', () => {
    const index = createMatchIndex();
    const m = paint(index, 'in a blog post published Thursday', 'evt-post', 'timeline');
    expect(index.at(m.range.startContainer, m.range.startOffset + 1, VIEW)).toBe(m);
    expect(index.at(m.range.endContainer, m.range.endOffset - 1, VIEW)).toBe(m);
    // Dropping the paragraph's first node forgets the match in every node it spans.
    expect(index.removeNodes([m.range.startContainer])).toEqual([m]);
    expect(index.at(m.range.endContainer, m.range.endOffset - 1, VIEW)).toBeNull();
    expect(index.all()).toEqual([]);
  });

  it('forgets everything on clear', () => {
    const index = createMatchIndex();
    const m = paint(index, 'Mojang', 'ent-mojang', 'entities');
    index.clear();
    expect(index.all()).toEqual([]);
    expect(index.at(m.range.startContainer, m.range.startOffset, VIEW)).toBeNull();
  });
});

describe('stepMatch (Alt+Shift+N and Alt+Shift+P)', () => {
  it('goes through the shown matches in reading order and wraps around', () => {
    const later = paint(null, 'Mojang', 'ent-mojang', 'entities');
    const first = paint(null, 'Minecraft', 'ent-minecraft', 'entities');
    const hidden = paint(null, 'Askar', 'ent-askar', 'entities', { nth: 1, quiet: true });
    const all = [later, hidden, first];
    expect(stepMatch(all, undefined, 1, VIEW)).toBe(first);
    expect(stepMatch(all, first, 1, VIEW)).toBe(later);
    expect(stepMatch(all, later, 1, VIEW)).toBe(first);
    expect(stepMatch(all, first, -1, VIEW)).toBe(later);
    expect(stepMatch(all, undefined, -1, VIEW)).toBe(later);
  });

  it('stops once where several records start at the same words, on the most specific, then moves on', () => {
    const claim = paint(null, 'Ammar Askar wrote', 'clm-wrote', 'claims');
    const person = paint(null, 'Ammar Askar', 'ent-askar', 'entities');
    const later = paint(null, 'Mojang', 'ent-mojang', 'entities');
    const all = [claim, later, person];
    const first = stepMatch(all, undefined, 1, VIEW);
    expect(first).toBe(person);
    expect(stepMatch(all, first!, 1, VIEW)).toBe(later);
    expect(stepMatch(all, claim, 1, VIEW)).toBe(later); // the card was opened on the claim: the same stop
    expect(stepMatch(all, later, -1, VIEW)).toBe(person);
  });

  it('skips matches whose paragraph left the page, and has nothing to step to on an empty page', () => {
    const gone = paint(null, 'Minecraft', 'ent-minecraft', 'entities');
    const kept = paint(null, 'Mojang', 'ent-mojang', 'entities');
    (gone.range.startContainer.parentElement!.closest('p') as Element).remove();
    expect(stepMatch([gone, kept], undefined, 1, VIEW)).toBe(kept);
    expect(stepMatch([], undefined, 1, VIEW)).toBeNull();
  });
});

describe('keyStep', () => {
  const key = (code: string, mods: Partial<KeyboardEvent> = {}) => ({ altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, code, ...mods });
  it('reads Alt+Shift+N and Alt+Shift+P by key position, and nothing else', () => {
    expect(keyStep(key('KeyN'))).toBe(1);
    expect(keyStep(key('KeyP'))).toBe(-1);
    expect(keyStep(key('KeyN', { ctrlKey: true }))).toBe(0);
    expect(keyStep(key('KeyN', { shiftKey: false }))).toBe(0);
    expect(keyStep(key('KeyX'))).toBe(0);
  });
});

describe('caretAt and pointInRange', () => {
  it('asks the browser for the caret under the pointer, the standard way or WebKit’s', () => {
    const text = document.querySelector('[itemprop="articleBody"] p')!.firstChild!;
    const firefox = { caretPositionFromPoint: () => ({ offsetNode: text, offset: 4 }) } as unknown as Document;
    expect(caretAt(firefox, 10, 10)).toEqual({ node: text, offset: 4 });
    const chrome = { caretRangeFromPoint: () => ({ startContainer: text, startOffset: 7 }) } as unknown as Document;
    expect(caretAt(chrome, 10, 10)).toEqual({ node: text, offset: 7 });
    expect(caretAt({} as Document, 10, 10)).toBeNull();
  });

  it('takes a click as on the match only inside one of its boxes', () => {
    const m = paint(null, 'Mojang', 'ent-mojang', 'entities');
    const box = { left: 100, right: 160, top: 50, bottom: 70 };
    const real = document.createRange.bind(document);
    vi.spyOn(document, 'createRange').mockImplementation(() => Object.assign(real(), { getClientRects: () => [box] as unknown as DOMRectList }));
    expect(pointInRange(m.range, 130, 60)).toBe(true);
    expect(pointInRange(m.range, 161, 60)).toBe(true);
    expect(pointInRange(m.range, 200, 60)).toBe(false);
    vi.restoreAllMocks();
  });
});

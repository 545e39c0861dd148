// @vitest-environment happy-dom
/**
 * The card's numbers, as a reader meets them: a phone-width window gets a bottom
 * sheet; the pointer may wander a little off a word before its preview goes; a
 * finger may land a little off a word. Each is tried just inside and just past its limit.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { CardData } from '../../data/protocol.ts';
import { HOVER_DELAY_MS, HOVER_SLACK_PX, SHEET_BELOW_PX, TOUCH_SLACK_PX } from '../../entrypoints/content/card-limits.ts';
import { createCardUi } from '../../entrypoints/content/card-ui.tsx';
import { pointInRange, type PaintedMatch } from '../../entrypoints/content/hit-test.ts';
import { watchHover } from '../../entrypoints/content/hover-preview.ts';
import { fakeLifetime, type FakeLifetime } from './fake-lifetime.ts';

const CARD: CardData = {
  id: 'ent-bytedance', type: 'entity', title: 'ByteDance', kicker: 'Company', summary: 'The company that owns TikTok.',
  facts: [], evidence: [], history: [], related: [], noSourceFound: false, timeline: [], sources: [],
  dataset: { version: '2026.01.01', lastReviewed: '2026-01-01' },
};
/** Where the word sits on screen: happy-dom lays nothing out, so its one line box is given. */
const WORD_BOX = { left: 100, right: 160, top: 50, bottom: 70, width: 60, height: 20, x: 100, y: 50 };

/** happy-dom's own window API, to size the window. */
const viewport = (size: { width: number; height: number }) =>
  (window as unknown as { happyDOM: { setViewport(v: { width: number; height: number }): void } }).happyDOM.setViewport(size);

let lifetime: FakeLifetime;
let range: StaticRange;
const getClientRects = Range.prototype.getClientRects;
const attachShadow = Element.prototype.attachShadow;

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = () => '';
  fakeBrowser.i18n.getUILanguage = () => 'en';
  document.body.innerHTML = '<p>ByteDance owns TikTok.</p>';
  const text = document.querySelector('p')!.firstChild!;
  range = new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: 9 });
  Range.prototype.getClientRects = () => [WORD_BOX] as unknown as DOMRectList;
  lifetime = fakeLifetime();
});
afterEach(() => {
  lifetime.end();
  Range.prototype.getClientRects = getClientRects;
  Element.prototype.attachShadow = attachShadow;
  viewport({ width: 1024, height: 768 });
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe(`below ${SHEET_BELOW_PX} px of width`, () => {
  it('the card is a bottom sheet; at that width and wider it opens beside the word', async () => {
    const roots: ShadowRoot[] = [];
    Element.prototype.attachShadow = function (init) {
      const r = attachShadow.call(this, init);
      roots.push(r);
      return r;
    };
    const ui = createCardUi({ lifetime, loadCard: async () => CARD, doc: document });
    const card = () => roots[0]!.querySelector('.bs-card');
    viewport({ width: SHEET_BELOW_PX - 1, height: 844 });
    ui.open(range, [{ id: CARD.id, layer: 'entities' }]);
    await vi.waitFor(() => expect(card()?.classList.contains('bs-sheet')).toBe(true));
    ui.close();
    viewport({ width: SHEET_BELOW_PX, height: 800 });
    ui.open(range, [{ id: CARD.id, layer: 'entities' }]);
    await vi.waitFor(() => expect(card()).not.toBeNull());
    expect(card()!.classList.contains('bs-sheet')).toBe(false);
  });
});

describe(`the preview stays while the pointer is within ${HOVER_SLACK_PX} px of the word`, () => {
  it('and goes once it is further', () => {
    vi.useFakeTimers();
    const hit: PaintedMatch = { start: 0, end: 9, id: CARD.id, layer: 'entities', quiet: false, range };
    const show = vi.fn();
    const hide = vi.fn();
    watchHover({ lifetime, doc: document, hitAt: () => hit, show, hide, enabled: () => true });
    const move = (x: number, y: number) => document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true }));
    move(120, 60);
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(show).toHaveBeenCalledTimes(1);
    move(WORD_BOX.right + HOVER_SLACK_PX, 60);
    move(120, WORD_BOX.bottom + HOVER_SLACK_PX);
    expect(hide).not.toHaveBeenCalled();
    move(WORD_BOX.right + HOVER_SLACK_PX + 1, 60);
    expect(hide).toHaveBeenCalledTimes(1);
  });
});

describe(`a tap up to ${TOUCH_SLACK_PX} px off a word`, () => {
  it('is on the word (issue 11 asks for at least 8 px), and one further is not', () => {
    expect(TOUCH_SLACK_PX).toBeGreaterThanOrEqual(8);
    expect(pointInRange(range, 130, WORD_BOX.bottom + TOUCH_SLACK_PX, TOUCH_SLACK_PX)).toBe(true);
    expect(pointInRange(range, WORD_BOX.left - TOUCH_SLACK_PX, 60, TOUCH_SLACK_PX)).toBe(true);
    expect(pointInRange(range, 130, WORD_BOX.bottom + TOUCH_SLACK_PX + 1, TOUCH_SLACK_PX)).toBe(false);
  });
});

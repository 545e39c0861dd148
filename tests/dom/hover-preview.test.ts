// @vitest-environment happy-dom
/** The hover preview's timing: a resting mouse after 350 ms, never a touch, gone on a move away or a press. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOVER_DELAY_MS } from '../../entrypoints/content/card-limits.ts';
import type { PaintedMatch } from '../../entrypoints/content/hit-test.ts';
import { watchHover } from '../../entrypoints/content/hover-preview.ts';
import { fakeLifetime, type FakeLifetime } from './fake-lifetime.ts';

let lifetime: FakeLifetime;
let hit: PaintedMatch | null;
const show = vi.fn();
const hide = vi.fn();

function move(x: number, y: number, pointerType = 'mouse') {
  document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType, bubbles: true }));
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p>ByteDance owns TikTok.</p>';
  const text = document.querySelector('p')!.firstChild!;
  hit = { start: 0, end: 9, id: 'ent-bytedance', layer: 'entities', quiet: false, range: new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: 9 }) };
  lifetime = fakeLifetime();
  show.mockClear();
  hide.mockClear();
  watchHover({ lifetime, doc: document, hitAt: () => hit, show, hide, enabled: () => true });
});
afterEach(() => {
  lifetime.end();
  vi.useRealTimers();
});

describe('the hover preview', () => {
  it(`shows after the mouse rests ${HOVER_DELAY_MS} ms on a highlight, not before`, () => {
    move(10, 10);
    vi.advanceTimersByTime(HOVER_DELAY_MS - 1);
    expect(show).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(show).toHaveBeenCalledWith(hit);
  });

  it('restarts the wait while the mouse keeps moving', () => {
    move(10, 10);
    vi.advanceTimersByTime(HOVER_DELAY_MS - 50);
    move(12, 10);
    vi.advanceTimersByTime(HOVER_DELAY_MS - 50);
    expect(show).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('never shows for a touch or a pen', () => {
    move(10, 10, 'touch');
    move(10, 10, 'pen');
    vi.advanceTimersByTime(HOVER_DELAY_MS * 3);
    expect(show).not.toHaveBeenCalled();
  });

  it('shows nothing where the hit test finds no highlight', () => {
    hit = null;
    move(10, 10);
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(show).not.toHaveBeenCalled();
  });

  it('hides on a press, and listens no more once its lifetime ends', () => {
    move(10, 10);
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(show).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(hide).toHaveBeenCalledTimes(1);
    lifetime.end();
    move(10, 10);
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(show).toHaveBeenCalledTimes(1);
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FLASH_HIGHLIGHT, flashRange } from '../../entrypoints/content/flash.ts';
import { compareInDocument } from '../../entrypoints/content/step-order.ts';
import { fakeLifetime } from './fake-lifetime.ts';
import { rangeText, resetHighlights } from './highlights.ts';

afterEach(() => {
  vi.useRealTimers();
  resetHighlights();
  document.body.replaceChildren();
});

function page() {
  document.body.innerHTML = '<p id="a">ByteDance owns TikTok.</p><p id="b">Later, <b>ByteDance</b> sold a stake.</p>';
  const a = document.getElementById('a')!.firstChild!;
  const b = document.querySelector('#b b')!.firstChild!;
  const range = (node: Node, start: number, end: number) => new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end });
  return { first: { range: range(a, 0, 9), start: 0, end: 9 }, second: { range: range(b, 0, 9), start: 30, end: 39 } };
}

const flashed = () => CSS.highlights.get(FLASH_HIGHLIGHT) as unknown as Set<AbstractRange> | undefined;

describe('flashing a mention', () => {
  it('paints the mention in its own highlight, scrolls it to the middle, and takes the flash away after a moment', () => {
    vi.useFakeTimers();
    const { second } = page();
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    flashRange(second.range, { lifetime: fakeLifetime(), ms: 1000 });
    expect([...flashed()!].map(rangeText)).toEqual(['ByteDance']);
    expect(scrolled.mock.contexts[0]).toBe(document.querySelector('#b b'));
    expect(scrolled.mock.calls[0]![0]).toMatchObject({ block: 'center' });
    vi.advanceTimersByTime(999);
    expect(flashed()).toBeDefined();
    vi.advanceTimersByTime(1);
    expect(flashed()).toBeUndefined();
    expect(document.body.innerHTML).toBe('<p id="a">ByteDance owns TikTok.</p><p id="b">Later, <b>ByteDance</b> sold a stake.</p>'); // the text is untouched
  });

  it('keeps one flash at a time: a new one replaces the old, and the old one’s timer leaves it alone', () => {
    vi.useFakeTimers();
    const { first, second } = page();
    const lifetime = fakeLifetime();
    flashRange(first.range, { lifetime, ms: 500 });
    vi.advanceTimersByTime(300);
    flashRange(second.range, { lifetime, ms: 500 });
    vi.advanceTimersByTime(250); // the first flash's time is up
    expect([...flashed()!].map((r) => r.startContainer.parentElement!.localName)).toEqual(['b']);
    vi.advanceTimersByTime(250);
    expect(flashed()).toBeUndefined();
  });

  it('ends with the content script’s lifetime', () => {
    const { first } = page();
    const lifetime = fakeLifetime();
    flashRange(first.range, { lifetime });
    lifetime.end();
    expect(flashed()).toBeUndefined();
  });

  it('orders mentions as the page reads them', () => {
    const { first, second } = page();
    expect([second, first].sort(compareInDocument)).toEqual([first, second]);
  });
});

// @vitest-environment happy-dom
/** Stepping through mentions in reading order on a page: by where each starts in the document, the longer first at a tie, wrapping at the ends. */
import { describe, expect, it } from 'vitest';
import { compareInDocument, stepInOrder } from '../../entrypoints/content/step-order.ts';

function mentions() {
  document.body.innerHTML = '<h1>TikTok ruling</h1><p>ByteDance must sell <em>TikTok</em>.</p><p>Shou Zi Chew said so.</p>';
  const [h1, p1, em, p2] = ['h1', 'p', 'em', 'p:last-of-type'].map((s) => document.querySelector(s)!.firstChild as Text);
  const at = (node: Text, start: number, end: number, name: string) => ({
    name, start, end, range: new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end }),
  });
  return [
    at(p2!, 0, 12, 'Shou Zi Chew'),
    at(em!, 0, 6, 'TikTok (em)'),
    at(p1!, 0, 9, 'ByteDance'),
    at(h1!, 0, 6, 'TikTok (headline)'),
    at(p2!, 0, 4, 'Shou'),
    at(h1!, 0, 13, 'TikTok ruling'),
  ];
}

describe('reading order', () => {
  it('sorts mentions as the reader meets them, the longer of two that start together first', () => {
    expect(mentions().sort(compareInDocument).map((m) => m.name)).toEqual(['TikTok ruling', 'TikTok (headline)', 'ByteDance', 'TikTok (em)', 'Shou Zi Chew', 'Shou']);
  });

  it('steps forward and back through them, wrapping around', () => {
    const sorted = mentions().sort(compareInDocument);
    const names = (start: (typeof sorted)[number] | undefined, step: 1 | -1, n: number) => {
      const out: string[] = [];
      let at = start;
      for (let k = 0; k < n; k++) out.push((at = stepInOrder(sorted, at, step)!).name);
      return out;
    };
    expect(names(undefined, 1, 7)).toEqual(['TikTok ruling', 'TikTok (headline)', 'ByteDance', 'TikTok (em)', 'Shou Zi Chew', 'Shou', 'TikTok ruling']);
    expect(names(undefined, -1, 2)).toEqual(['Shou', 'Shou Zi Chew']);
  });
});

// @vitest-environment happy-dom
/** Text offsets back to the page: the range a reader sees marked. */
import { describe, expect, it } from 'vitest';
import { collectText } from '../../entrypoints/content/page-text.ts';
import { nodeAt, nodeSpan, toStaticRange } from '../../entrypoints/content/text-ranges.ts';
import { rangeText } from './highlights.ts';
import { fixture, loadPage } from './real-page.ts';

async function arsBody() {
  loadPage(fixture('readability/ars-1.html'));
  return collectText(document.querySelector('[itemprop="articleBody"]')!);
}

describe('toStaticRange', () => {
  it('makes no range when the page rewrote the words after they were read', async () => {
    const page = await arsBody();
    const at = page.text.indexOf('Ammar Askar');
    const node = page.nodes[nodeAt(page.starts, at)]!;
    node.data = node.data.replace('Ammar Askar', 'Someone Else');
    expect(toStaticRange(page, at, at + 'Ammar Askar'.length)).toBeNull();
  });

  it('makes no range over text the page took out of the document', async () => {
    const page = await arsBody();
    const at = page.text.indexOf('Ammar Askar');
    document.removeChild(document.documentElement);
        document.appendChild(document.createElement('html'));
    expect(toStaticRange(page, at, at + 'Ammar Askar'.length)).toBeNull();
  });

  it('covers exactly the words found, inside one text node', async () => {
    const page = await arsBody();
    const at = page.text.indexOf('Ammar Askar');
    const range = toStaticRange(page, at, at + 'Ammar Askar'.length)!;
    expect(rangeText(range)).toBe('Ammar Askar');
    expect(range.startContainer).toBe(range.endContainer);
  });

  it('spans the text nodes of words split by a link, from the first to the last', async () => {
    const page = await arsBody();
    const phrase = 'wrote in a blog post published Thursday, 21 months';
    const at = page.text.indexOf(phrase);
    const range = toStaticRange(page, at, at + phrase.length)!;
    expect(rangeText(range)).toBe(phrase);
    expect(range.startContainer).not.toBe(range.endContainer);
    expect(range.endContainer.parentElement!.localName).toBe('p');
    const [first, last] = nodeSpan(page, at, at + phrase.length);
    expect(last - first).toBe(2);
  });

  it('marks a word that ends a text node without reaching into the next', async () => {
    const page = await arsBody();
    const at = page.text.indexOf('Minecraft');
    const range = toStaticRange(page, at, at + 'Minecraft'.length)!;
    expect(range.startContainer.parentElement!.localName).toBe('em');
    expect(rangeText(range)).toBe('Minecraft');
  });

  it('gives no range on a page with no text, or past a node’s end', async () => {
    expect(toStaticRange({ text: '', nodes: [], starts: [], sections: [] }, 0, 3)).toBeNull();
    const page = await arsBody();
    const last = page.nodes.length - 1;
    expect(toStaticRange(page, page.starts[last]!, page.starts[last]! + page.nodes[last]!.length + 5)).toBeNull();
  });
});

describe('nodeAt', () => {
  it('finds the node holding an offset, including its first and last character', () => {
    const starts = [0, 5, 9, 20];
    expect([0, 4, 5, 8, 9, 19, 20, 99].map((o) => nodeAt(starts, o))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});

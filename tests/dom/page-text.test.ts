// @vitest-environment happy-dom
/** Reading an article's text from real pages of the readability corpus. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BLOCK_BREAK } from '../../data/match/fold.ts';
import { collectText } from '../../entrypoints/content/page-text.ts';
import { fixture, loadPage } from './real-page.ts';

const blocks = (text: string) => text.split(BLOCK_BREAK).map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);

describe('collectText on the Ars Technica page', () => {
  beforeEach(() => loadPage(fixture('readability/ars-1.html')));
  const body = () => document.querySelector('[itemprop="articleBody"]')!;

  it('reads a sentence through its <em> and <a> as one run of text', async () => {
    const { text } = await collectText(body());
    expect(blocks(text)).toContain(
      'A flaw in the wildly popular online game Minecraft makes it easy for just about anyone to crash the server hosting the game, according to a computer programmer who has released proof-of-concept code that exploits the vulnerability.',
    );
    expect(text).toContain('in a blog post published Thursday, 21 months');
  });

  it('puts a break between paragraphs, so no name runs from one into the next', async () => {
    const { text } = await collectText(body());
    expect(text).toMatch(new RegExp(`exploits the vulnerability\\.\\s*${BLOCK_BREAK}\\s*"I thought`));
  });

  it('leaves code samples out', async () => {
    const { text } = await collectText(body());
    expect(text).not.toContain('rekt');
    expect(text).toContain('This is a json representation of what it looks like.');
  });

  it('keeps the navigation, scripts and styles of the whole page out of the text', async () => {
    const { text } = await collectText(document.body);
    for (const el of document.querySelectorAll('nav, script, style')) {
      const own = (el.textContent ?? '').trim();
      if (own.length > 30) expect(text).not.toContain(own);
    }
    expect(text).toContain('Pakistan-based developer Ammar Askar');
  });

  it('can point every character back at the text node it came from, and leaves the page as it was', async () => {
    const before = document.body.innerHTML;
    const page = await collectText(body());
    page.nodes.forEach((node, i) => expect(page.text.slice(page.starts[i], page.starts[i]! + node.data.length)).toBe(node.data));
    expect(document.body.innerHTML).toBe(before);
  });

  it('reads a region the story keeps even where its class looks like a widget', async () => {
    const p = body().querySelector('p')!;
    p.className = 'related';
    expect((await collectText(body())).text).not.toContain('wildly popular');
    expect((await collectText(body(), undefined, new Set([p]))).text).toContain('wildly popular');
  });

  it('gives the same text when it yields between slices', async () => {
    const whole = await collectText(document.body);
    const yieldNow = vi.fn(async () => {});
    const sliced = await collectText(document.body, { due: () => true, yield: yieldNow });
    expect(yieldNow).toHaveBeenCalled();
    expect(sliced.text).toBe(whole.text);
  });
});

describe('collectText on the MDN page with sections', () => {
  it('starts a section at each h2, where quiet highlights start over', async () => {
    loadPage(fixture('readability/mozilla-2.html'));
    const { text, sections } = await collectText(document.querySelector('main')!);
    const headings = sections.map((at) => text.slice(at).split(BLOCK_BREAK)[0]!.trim());
    expect(headings).toEqual(expect.arrayContaining(['WebIDE', 'Valence', 'Page Inspector', 'Web Console', 'Style Editor']));
    expect([...sections].sort((a, b) => a - b)).toEqual(sections);
  });
});

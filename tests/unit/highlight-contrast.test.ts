/**
 * Every highlight colour passes WCAG AA where it is painted: the underline
 * against the page background (3:1, non-text contrast, WCAG 1.4.11), and the
 * page's text against a highlight background (4.5:1, WCAG 1.4.3), on typical
 * light and dark pages. Reads the shipped stylesheets, so a colour change that
 * breaks legibility fails here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, isDark, over, parseColor, type Rgba } from '../../data/contrast.ts';
import { LAYERS } from '../../data/layers.ts';

const dir = resolve(import.meta.dirname, '../../entrypoints/content');

/** layer → its underline colour and background colour, from a highlights stylesheet. */
function colours(file: string) {
  const css = readFileSync(resolve(dir, file), 'utf8');
  return Object.fromEntries(
    LAYERS.map((layer) => {
      const rule = css.slice(css.indexOf(`::highlight(backstory-${layer})`)).split('}')[0]!;
      const decoration = /text-decoration:[^;]*?(rgba?\([^)]*\))/.exec(rule)?.[1];
      const background = /background-color:\s*(rgba?\([^)]*\))/.exec(rule)?.[1];
      return [layer, { underline: decoration && parseColor(decoration), background: background ? parseColor(background) : null }];
    }),
  ) as Record<(typeof LAYERS)[number], { underline: Rgba | null | undefined; background: Rgba | null }>;
}

const hex = (s: string) => parseColor(s)!;
const PAGES = {
  'highlights.css': [
    { name: 'white page', bg: hex('#ffffff'), text: hex('#1a1a1a') },
    { name: 'cream page', bg: hex('#fff1e5'), text: hex('#33302e') }, // a salmon-pink business paper
    { name: 'grey-text page', bg: hex('#ffffff'), text: hex('#4d4d4d') },
  ],
  'highlights-dark.css': [
    { name: 'black page', bg: hex('#121212'), text: hex('#e8e8e8') },
    { name: 'slate page', bg: hex('#1e2430'), text: hex('#cfd6e0') },
  ],
};

describe('highlight colours', () => {
  for (const [file, pages] of Object.entries(PAGES)) {
    const set = colours(file);
    for (const page of pages) {
      for (const layer of LAYERS) {
        it(`${file}: ${layer} is legible on a ${page.name}`, () => {
          const { underline, background } = set[layer];
          expect(underline, 'every layer has its own underline').toBeTruthy();
          const ground = background ? over(background, page.bg) : page.bg;
          expect(contrast(underline!, ground)).toBeGreaterThanOrEqual(3);
          expect(contrast(page.text, ground)).toBeGreaterThanOrEqual(4.5);
        });
      }
    }
  }

  it('gives each layer a different underline, and a background only to claims', () => {
    const css = readFileSync(resolve(dir, 'highlights.css'), 'utf8');
    const styles = LAYERS.map((l) => /underline [\d.]+px (\w+)/.exec(css.slice(css.indexOf(`(backstory-${l})`)))?.[1]);
    expect(new Set(styles).size).toBe(LAYERS.length);
    const set = colours('highlights.css');
    expect(LAYERS.filter((l) => set[l].background)).toEqual(['claims']);
  });

  it('tells a dark page from a light one', () => {
    expect(isDark(hex('#121212'))).toBe(true);
    expect(isDark(hex('#1e2430'))).toBe(true);
    expect(isDark(hex('#ffffff'))).toBe(false);
    expect(isDark(hex('#fff1e5'))).toBe(false);
  });
});

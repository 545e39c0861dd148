/**
 * The side panel's flash (entrypoints/content/flash.ts) must show on every
 * coverage page. The page gets one highlight sheet, light or dark, never both
 * (highlight-style.ts), so each sheet needs the flash rule with its own text
 * colour, legible on the flash's background.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, parseColor } from '../../data/contrast.ts';
import { FLASH_HIGHLIGHT } from '../../entrypoints/content/flash.ts';

const dir = resolve(import.meta.dirname, '../../entrypoints/content');

describe('the flash colour', () => {
  for (const file of ['highlights.css', 'highlights-dark.css']) {
    it(`is in ${file}, with text that reads on it (WCAG AA)`, () => {
      const css = readFileSync(resolve(dir, file), 'utf8');
      const at = css.indexOf(`::highlight(${FLASH_HIGHLIGHT})`);
      expect(at).toBeGreaterThanOrEqual(0);
      const rule = css.slice(at).split('}')[0]!;
      const bg = parseColor(/background-color:\s*(rgba?\([^)]*\))/.exec(rule)![1]!)!;
      const fg = parseColor(/[^-]color:\s*(rgba?\([^)]*\))/.exec(rule)![1]!)!;
      expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
    });
  }
});

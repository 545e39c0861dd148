/** What the README says about cards comes from the code: the limits a reader meets. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOVER_DELAY_MS, HOVER_SLACK_PX, SHEET_BELOW_PX, SHEET_MAX_VH, TOUCH_SLACK_PX } from '../../entrypoints/content/card-limits.ts';
import { CARD_BRIEF_MAX_WORDS } from '../../data/records/card-brief.ts';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8').replace(/\s+/g, ' ');
const css = readFileSync(resolve(import.meta.dirname, '../../entrypoints/content/card.css'), 'utf8');

describe('the README on cards', () => {
  it('states the sheet width, its height, the first view’s words, the hover delay and the slack the code uses', () => {
    expect(readme).toContain(`narrower than ${SHEET_BELOW_PX} px the card is a bottom sheet`);
    expect(readme).toContain(`at most ${SHEET_MAX_VH}% of the window's height`);
    expect(readme).toContain(`at most ${CARD_BRIEF_MAX_WORDS} words`);
    expect(readme).toContain(`highlight for ${HOVER_DELAY_MS} ms`);
    expect(readme).toContain(`more than ${HOVER_SLACK_PX} px away`);
    expect(readme).toContain(`A tap up to ${TOUCH_SLACK_PX} px off a word`);
  });

  it('sizes the sheet in card.css as card-limits.ts says', () => {
    expect(css).toMatch(new RegExp(`\\.bs-card\\.bs-sheet \\{[^}]*max-height: ${SHEET_MAX_VH}vh`));
  });
});

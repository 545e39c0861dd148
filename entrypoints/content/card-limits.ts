/**
 * The card's numbers a reader meets, in one place: README states them and
 * tests/unit/readme-cards.test.ts checks that it states these.
 */

/** Narrower windows (phones) get a bottom sheet rather than a card beside the word. */
export const SHEET_BELOW_PX = 600;
/** The bottom sheet's largest share of the window's height (card.css says 60vh). */
export const SHEET_MAX_VH = 60;
/** How long the pointer rests before a preview shows: past a pointer crossing the text, short of a pause to read. */
export const HOVER_DELAY_MS = 350;
/** The pointer may wander this far off the word before the preview goes. */
export const HOVER_SLACK_PX = 8;
/** A tap may land this far from a word and still open its card (issue 11: at least 8 px). */
export const TOUCH_SLACK_PX = 8;

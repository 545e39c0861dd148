/**
 * Matching a long text in slices, so no task of ours blocks the page: the one
 * home of the chunked matching loop (the annotator and the bench both use it).
 *
 * A slice ends at a block break when one is near: nothing matches across a
 * block, so such a cut loses nothing. A long block with no break (a 2 MB
 * paragraph) is cut at whitespace, or anywhere outside a surrogate pair when
 * there is none (Chinese and Japanese text has no spaces); then each side scans
 * a margin past the cut, and a match belongs to the slice its start lies in.
 * The margin is wider than any term, context window or cue window.
 */
import { CONTEXT_WINDOW, CUE_WINDOW, findTerms, type Match, type Matcher } from './find-terms.ts';
import { BLOCK_BREAK } from './fold.ts';

/** Text handed to the matcher per slice (about 1–2 ms of matching cold). */
export const MATCH_SLICE_CHARS = 24_000;
/** How far past a cut inside a block each side scans. */
export const SLICE_MARGIN = 2 * Math.max(CONTEXT_WINDOW, CUE_WINDOW);
/** How far past the nominal cut a long block's cut looks for whitespace. */
const SPACE_LOOKAHEAD = 256;

export interface Slice {
  /** Matches starting in [from, to) belong to this slice. */
  from: number;
  to: number;
  /** What the matcher reads: [from, to) plus margins where the cut is inside a block. */
  scanFrom: number;
  scanTo: number;
}

/** What the caller's scheduler offers: a cheap "is the slice spent?" and a way to yield. */
export interface SliceClock {
  due(): boolean;
  yield(): Promise<void>;
  /**
   * Milliseconds left before the slice is spent. With it, the loop yields before a slice
   * that would not fit (judged by the last one's cost), so a task ends near the budget
   * rather than up to one slice past it.
   */
  left?(): number;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The next slice of about `size` characters starting at `from` (whose margin began at `scanFrom`). */
export function nextSlice(text: string, from: number, scanFrom: number, size = MATCH_SLICE_CHARS): Slice {
  const n = text.length;
  const nominal = from + size;
  if (nominal >= n) return { from, to: n, scanFrom, scanTo: n };
  const brk = text.indexOf(BLOCK_BREAK, nominal);
  if (brk >= 0 && brk < nominal + size) return { from, to: brk, scanFrom, scanTo: brk };
  let cut = nominal;
  const limit = Math.min(n, nominal + SPACE_LOOKAHEAD);
  while (cut < limit && !isSpace(text.charCodeAt(cut))) cut++;
  if (cut >= limit) cut = isLowSurrogate(text.charCodeAt(nominal)) ? nominal + 1 : nominal;
  return { from, to: cut, scanFrom, scanTo: Math.min(n, cut + SLICE_MARGIN) };
}

/** Where the slice after `slice` starts scanning: a margin before a cut inside a block, none after a block break. */
const nextScanFrom = (text: string, slice: Slice) => (slice.scanTo === slice.to ? slice.to : Math.max(0, slice.to - SLICE_MARGIN));

export function sliceText(text: string, size = MATCH_SLICE_CHARS): Slice[] {
  const out: Slice[] = [];
  for (let from = 0, scanFrom = 0; from < text.length; ) {
    const slice = nextSlice(text, from, scanFrom, size);
    out.push(slice);
    from = slice.to;
    scanFrom = nextScanFrom(text, slice);
  }
  return out;
}

/** The matches that belong to one slice, at offsets into the whole text. */
export function findInSlice(text: string, slice: Slice, matcher: Matcher): Match[] {
  const found = findTerms(text.slice(slice.scanFrom, slice.scanTo), matcher, slice.scanFrom);
  if (slice.scanFrom === slice.from && slice.scanTo === slice.to) return found;
  return found.filter((m) => m.start >= slice.from && m.start < slice.to);
}

/** The smallest slice the adaptive loop goes down to: a few hundred words. */
export const MIN_SLICE_CHARS = 2_000;

/**
 * Finds every match in `text`, slice by slice, handing each slice's matches to
 * `onFound` and yielding to the page whenever `clock` says the slice is spent.
 * Slices adapt to the text: dense text (a name in every sentence, as in a 2 MB
 * wire dump) matches and paints slower per character, so a slice that alone
 * spent the budget halves the next one, and several slices within one budget
 * double it, up to MATCH_SLICE_CHARS. The first slice is the smallest.
 * Where the clock tells the time left, a slice that the last one's cost says
 * would overrun the budget waits for the next task instead.
 */
export async function matchInSlices(
  text: string,
  matcher: Matcher,
  clock: SliceClock | undefined,
  onFound: (found: Match[]) => void,
): Promise<void> {
  // Slow start: the first slice runs cold (the matcher not yet optimised by the JIT), so it is small.
  let size = Math.min(MIN_SLICE_CHARS, MATCH_SLICE_CHARS);
  let sinceYield = 0;
  /** What the last slice cost, in ms of the clock's budget (0 without `left`). */
  let lastCost = 0;
  for (let from = 0, scanFrom = 0; from < text.length; ) {
    const slice = nextSlice(text, from, scanFrom, size);
    const before = clock?.left?.();
    onFound(findInSlice(text, slice, matcher));
    from = slice.to;
    scanFrom = nextScanFrom(text, slice);
    sinceYield++;
    const left = before === undefined ? undefined : clock!.left!();
    if (before !== undefined && left !== undefined) lastCost = before - left;
    if (clock?.due()) {
      if (sinceYield === 1) size = Math.max(MIN_SLICE_CHARS, size >> 1);
      sinceYield = 0;
      await clock.yield();
    } else if (left !== undefined && left < lastCost && from < text.length) {
      // The next slice, costing what this one did, would overrun: it starts a new task.
      sinceYield = 0;
      await clock!.yield();
    } else if (sinceYield >= 4 && size < MATCH_SLICE_CHARS) {
      size = Math.min(MATCH_SLICE_CHARS, size * 2);
      sinceYield = 0;
    }
  }
}

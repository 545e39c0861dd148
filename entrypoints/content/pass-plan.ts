/**
 * The page pass's decisions, as pure functions of plain values: which pass a
 * batch of changes needs, and how long to wait before running it. The DOM side
 * (page-watch.ts) only gathers the facts.
 */

/** Quiet time after the last change before we look again. */
export const SETTLE_MS = 400;
/** However busy the page, a change is read at most this long after it happened. */
export const MAX_WAIT_MS = 2000;
/** Past this many changed blocks in one batch, a full pass is cheaper than sorting them out. */
export const MAX_INCREMENTAL_BLOCKS = 400;
/** A page that names the story but is not coverage is re-read at most this often, then less and less often. */
export const RECHECK_MIN_MS = 2000;
export const RECHECK_MAX_MS = 60_000;

export type PassKind = 'full' | 'blocks' | 'none';

export interface ChangeSummary {
  /** What the last pass found. */
  status: 'quiet' | 'passing' | 'coverage';
  /** The main content the last pass read is still in the document. */
  rootConnected: boolean;
  /** The URL changed (an SPA route) or the data changed (a pack): read everything again. */
  restart: boolean;
  /** Blocks inside the main content whose text changed, were added or were removed. */
  blocks: number;
  /** Nodes were removed inside the main content. */
  removed: boolean;
}

export function planPass(c: ChangeSummary): PassKind {
  if (c.restart || c.status !== 'coverage' || !c.rootConnected) return 'full';
  if (c.blocks > MAX_INCREMENTAL_BLOCKS) return 'full';
  return c.blocks > 0 || c.removed ? 'blocks' : 'none';
}

/**
 * How long to wait, from `now`, before handling the changes of a batch whose
 * first change came at `firstAt`: the settle time, but never past the max wait.
 */
export function settleDelay(now: number, firstAt: number, settle = SETTLE_MS, maxWait = MAX_WAIT_MS): number {
  return Math.max(0, Math.min(settle, firstAt + maxWait - now));
}

/** The wait before re-reading a page that stayed "passing" `misses` times in a row. */
export function recheckDelay(misses: number): number {
  return Math.min(RECHECK_MAX_MS, RECHECK_MIN_MS * 2 ** Math.max(0, misses));
}

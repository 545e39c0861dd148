/**
 * Stepping through mentions in reading order: document order of where each
 * range starts (the longer match first when two start together), wrapping
 * around at either end. Pure over the ranges' own node methods; no globals.
 */

interface Ranged {
  range: StaticRange;
  start: number;
  end: number;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** Document order of two matches' starts. */
export function compareInDocument(a: Ranged, b: Ranged): number {
  const x = a.range;
  const y = b.range;
  if (x.startContainer === y.startContainer) return x.startOffset - y.startOffset || b.end - b.start - (a.end - a.start);
  return x.startContainer.compareDocumentPosition(y.startContainer) & FOLLOWING ? -1 : 1;
}

/**
 * The item after (step 1) or before (step -1) `from` in `sorted`, wrapping
 * around; with no `from` (or one no longer listed), the first or the last.
 */
export function stepInOrder<T>(sorted: readonly T[], from: T | undefined, step: 1 | -1): T | null {
  if (sorted.length === 0) return null;
  const at = from === undefined ? -1 : sorted.indexOf(from);
  if (at < 0) return step === 1 ? sorted[0]! : sorted[sorted.length - 1]!;
  return sorted[(at + step + sorted.length) % sorted.length]!;
}

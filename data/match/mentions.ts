/**
 * Quiet highlights: by default a record is marked at its first mention in the
 * article, and again at its first mention in each later section (the text
 * under a new h2 or h3). The rest are kept, unmarked, for "Mark every mention".
 * Pure: sections are text offsets, mentions are (id, offset) pairs.
 */

/** The section an offset falls in: how many section starts lie at or before it. */
export function sectionOf(sectionStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sectionStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sectionStarts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface MentionRule {
  /** True when this is the record's first mention in its section (call in any order; each pair is decided once). */
  isFirst(id: string, offset: number): boolean;
}

/**
 * `alreadyMarked`: records marked somewhere on the page before this rule, e.g.
 * when one paragraph is reread: a name already marked stays unmarked there.
 */
export function createMentionRule(sectionStarts: readonly number[], alreadyMarked: Iterable<string> = []): MentionRule {
  const seen = new Set<string>();
  const marked = new Set(alreadyMarked);
  return {
    isFirst(id, offset) {
      if (marked.has(id)) return false;
      const key = `${sectionOf(sectionStarts, offset)}\u0000${id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  };
}

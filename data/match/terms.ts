/**
 * The matcher's input: every spelling of every record, already folded. The
 * records side compiles it (data/records/term-index.ts); the page side only
 * reads it, so this file knows nothing of schemas.
 */
import type { Layer } from '../layers.ts';

export interface IndexedTerm {
  /** Folded spelling. */
  key: string;
  id: string;
  layer: Layer;
  /** Case-preserving fold, when the alias must match its case exactly. */
  exact?: string;
  /** Folded words one of which must occur near the match. */
  context?: string[];
}

export interface IndexedCue {
  id: string;
  layer: Layer;
  /** Folded cue words; one from every group must occur close together. */
  groups: string[][];
}

export interface TermIndex {
  version: string;
  terms: IndexedTerm[];
  cues: IndexedCue[];
}

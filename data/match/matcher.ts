/**
 * Matchers: one trie per term source plus the paraphrase (cue) records. The
 * bundled dataset's matcher is built at build time and shipped packed
 * (`packMatcher` → the annotator chunk → `unpackMatcher`); installed packs'
 * terms arrive by message and are laid over it (`withPackTerms`). Tests and
 * the bench build any matcher cold from a term index (`createMatcher`).
 */
import { LAYERS } from '../layers.ts';
import { buildTrie, packTrie, unpackTrie, type PackedTrie, type Payload, type Trie } from './automaton.ts';
import type { TermIndex } from './terms.ts';

/** A paraphrased record: the cue-word ids of each of its groups; one from every group must occur close together. */
export interface CueRecord {
  id: string;
  layer: number;
  groups: number[][];
}

export interface Matcher {
  readonly version: string;
  /** How many index terms it holds. */
  readonly size: number;
  /** @internal One trie per term source (the bundled dataset, the packs); each is walked, all are resolved together. */
  readonly tries: readonly Trie[];
  /** @internal */ readonly cueRecords: readonly CueRecord[];
  /** @internal Cue-word ids in use are [0, cueWords). */ readonly cueWords: number;
}

/** A single-trie matcher as it ships inside the annotator chunk (JSON). */
export interface PackedMatcher {
  version: string;
  size: number;
  trie: PackedTrie;
  cueRecords: CueRecord[];
  cueWords: number;
}

/** Builds a matcher for `index`; its cue words are numbered from `cueBase` (so two matchers' cues can coexist). */
export function createMatcher(index: TermIndex, cueBase = 0): Matcher {
  const words: [string, Payload][] = [];
  for (const t of index.terms) {
    const layer = LAYERS.indexOf(t.layer);
    if (layer >= 0 && t.key) words.push([t.key, { id: t.id, layer, exact: t.exact, context: t.context, cue: -1 }]);
  }
  // Each distinct cue word is one trie entry, however many records use it ("tiktok" is in many).
  const cueWordIds = new Map<string, number>();
  const cueRecords = index.cues.map((c) => ({
    id: c.id,
    layer: LAYERS.indexOf(c.layer),
    groups: c.groups.map((group) =>
      group.filter(Boolean).map((word) => {
        let id = cueWordIds.get(word);
        if (id === undefined) {
          id = cueBase + cueWordIds.size;
          cueWordIds.set(word, id);
          words.push([word, { id: '', layer: -1, exact: undefined, context: undefined, cue: id }]);
        }
        return id;
      }),
    ),
  }));
  return { version: index.version, size: index.terms.length, tries: [buildTrie(words)], cueRecords, cueWords: cueBase + cueWordIds.size };
}

export function packMatcher(matcher: Matcher): PackedMatcher {
  if (matcher.tries.length !== 1) throw new Error('Only a single-source matcher is packed.');
  const { version, size, cueRecords, cueWords } = matcher;
  return { version, size, trie: packTrie(matcher.tries[0]!), cueRecords: [...cueRecords], cueWords };
}

export function unpackMatcher(packed: PackedMatcher): Matcher {
  const { version, size, cueRecords, cueWords } = packed;
  return { version, size, tries: [unpackTrie(packed.trie)], cueRecords, cueWords };
}

/**
 * The bundled matcher with the installed packs' terms laid over it. A record a
 * pack replaces (`replaced`: same id) keeps only the pack's spellings: its
 * bundled payloads and cue record are dropped. The pack's terms get a trie of
 * their own, walked after the bundled one; overlaps resolve as in one trie
 * (longest first), except that two records claiming the very same span in one
 * layer are ordered by id instead of by index order.
 */
export function withPackTerms(bundled: Matcher, packs: TermIndex, replaced: readonly string[], version: string): Matcher {
  const gone = new Set(replaced);
  const extra = createMatcher(packs, bundled.cueWords);
  const tries = bundled.tries.map((trie) => (gone.size === 0 ? trie : { ...trie, payloads: trie.payloads.map((list) => list.filter((p) => !gone.has(p.id))) }));
  return {
    version,
    size: bundled.size + extra.size,
    tries: packs.terms.length + packs.cues.length > 0 ? [...tries, ...extra.tries] : tries,
    cueRecords: [...bundled.cueRecords.filter((c) => !gone.has(c.id)), ...extra.cueRecords],
    cueWords: extra.cueWords,
  };
}

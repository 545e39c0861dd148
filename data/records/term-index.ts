/**
 * Compiles a dataset into the compact term index the content script matches with:
 * every alias, wording variant, number spelling and written date, folded once here
 * so the page side only builds a trie. Pure; runs at seed time in the background.
 */
import { foldString } from '../match/fold.ts';
import { expandDate, expandNumber } from './spellings.ts';
import type { IndexedTerm, TermIndex } from '../match/terms.ts';
import { LAYER_OF, type Alias, type AnyRecord, type Dataset } from './schema.ts';

/** Every record of a dataset, tagged with its type. */
export function allRecords(ds: Dataset): AnyRecord[] {
  return [
    ...ds.entities.map((r) => ({ type: 'entity' as const, ...r })),
    ...ds.events.map((r) => ({ type: 'event' as const, ...r })),
    ...ds.claims.map((r) => ({ type: 'claim' as const, ...r })),
    ...ds.figures.map((r) => ({ type: 'figure' as const, ...r })),
  ];
}

/** The spellings a record is recognised by, before folding. */
export function recordSpellings(record: AnyRecord): Alias[] {
  const spellings: Alias[] = [...record.aliases];
  if (record.type === 'event' && record.matchDate && record.precision === 'day') {
    spellings.push(...expandDate(record.date));
  }
  if (record.type === 'figure') {
    const context = record.context;
    for (const pattern of record.numbers) {
      for (const text of expandNumber(pattern)) spellings.push(context ? { text, context } : text);
    }
  }
  return spellings;
}

export function compileTermIndex(ds: Dataset): TermIndex {
  const terms: IndexedTerm[] = [];
  const seen = new Set<string>();
  for (const record of allRecords(ds)) {
    const layer = LAYER_OF[record.type];
    for (const alias of recordSpellings(record)) {
      const spec = typeof alias === 'string' ? { text: alias } : alias;
      const key = foldString(spec.text);
      if (!key || seen.has(`${record.id}\u0000${key}`)) continue;
      seen.add(`${record.id}\u0000${key}`);
      const term: IndexedTerm = { key, id: record.id, layer };
      if (spec.case === 'exact') term.exact = foldString(spec.text, true);
      if (spec.context) term.context = spec.context.map((w) => foldString(w));
      terms.push(term);
    }
  }
  terms.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cues = allRecords(ds)
    .flatMap((r) => (r.type === 'claim' || r.type === 'event') && r.cues.length > 0 ? [r] : [])
    .map((r) => ({
      id: r.id,
      layer: LAYER_OF[r.type],
      groups: r.cues.map((g) => g.map((w) => foldString(w))),
    }));
  return { version: ds.meta.version, terms, cues };
}

/** What a page adds to its precompiled bundled matcher: the packs' own terms. */
export interface PackTerms extends TermIndex {
  /** Bundled record ids a pack replaces: their bundled spellings no longer match. */
  replaced: string[];
}

/**
 * The term index of the records that come from packs (`origin`: record id →
 * pack id, as mergePacks gives it), over the merged dataset `merged`, plus the
 * bundled records those packs replace. `bundledIds` are the bundled dataset's
 * record ids. With no pack installed, it is empty.
 */
export function compilePackTerms(merged: Dataset, origin: Record<string, string>, bundledIds: ReadonlySet<string>, version: string): PackTerms {
  const fromPack = <T extends { id: string }>(list: T[]) => list.filter((r) => origin[r.id] !== undefined);
  const own: Dataset = {
    ...merged,
    entities: fromPack(merged.entities),
    events: fromPack(merged.events),
    claims: fromPack(merged.claims),
    figures: fromPack(merged.figures),
  };
  const replaced = allRecords(own).map((r) => r.id).filter((id) => bundledIds.has(id)).sort();
  return { ...compileTermIndex(own), version, replaced };
}

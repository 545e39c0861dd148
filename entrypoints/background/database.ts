/**
 * The one Dexie database, owned by the background service worker. Records of all
 * four types share one table keyed by id; the compiled term index and the
 * dataset's meta live in `meta`. `records` and `sources` hold the data as merged
 * (bundled plus packs); `packs` holds each installed pack as validated, so the
 * merge can be redone when a pack goes or the bundled dataset changes.
 * Never edit an old version(): add a new one.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { AnyRecord, DatasetMeta, Pack, Source } from '../../data/records/schema.ts';
import type { TermIndex } from '../../data/match/terms.ts';
import type { PackTerms } from '../../data/records/term-index.ts';
import type { Integrity } from '../../data/records/integrity.ts';

export interface MetaValues {
  dataset: DatasetMeta;
  termIndex: TermIndex;
  /** The packs' own terms, which pages lay over their precompiled bundled matcher. */
  packTerms: PackTerms;
  followers: Record<string, string[]>;
  /** Record or source id → the pack it comes from; absent for bundled ones. */
  origins: Record<string, string>;
  /** Counts and checksum of the rest, written with it: checked at every worker start (integrity.ts). */
  integrity: Integrity;
}
export type MetaRow = { [K in keyof MetaValues]: { key: K; value: MetaValues[K] } }[keyof MetaValues];

export interface PackRow {
  id: string;
  pack: Pack;
  /** When it was installed, ISO timestamp. */
  installed: string;
}

/** Merge order: earliest installed first, ties by id (see data/records/pack-merge.ts). */
export function byInstallOrder(a: PackRow, b: PackRow): number {
  if (a.installed !== b.installed) return a.installed < b.installed ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export class BackstoryDatabase extends Dexie {
  records!: EntityTable<AnyRecord, 'id'>;
  sources!: EntityTable<Source, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  packs!: EntityTable<PackRow, 'id'>;

  constructor(name = 'backstory') {
    super(name);
    this.version(1).stores({ records: 'id, type', sources: 'id', meta: 'key' });
    // Context packs (issue 8).
    this.version(2).stores({ packs: 'id' });
  }

  async getMeta<K extends keyof MetaValues>(key: K): Promise<MetaValues[K] | undefined> {
    const row = await this.meta.get(key);
    return row?.value as MetaValues[K] | undefined;
  }
}

/**
 * The one Dexie database, owned by the background service worker. Records of all
 * four types share one table keyed by id; the compiled term index and the
 * dataset's meta live in `meta`. Never edit an old version(): add a new one.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { AnyRecord, DatasetMeta, Source } from '../../data/schema.ts';
import type { TermIndex } from '../../data/term-index.ts';

export interface MetaValues {
  dataset: DatasetMeta;
  termIndex: TermIndex;
  followers: Record<string, string[]>;
}
export type MetaRow = { [K in keyof MetaValues]: { key: K; value: MetaValues[K] } }[keyof MetaValues];

export class BackstoryDatabase extends Dexie {
  records!: EntityTable<AnyRecord, 'id'>;
  sources!: EntityTable<Source, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = 'backstory') {
    super(name);
    this.version(1).stores({ records: 'id, type', sources: 'id', meta: 'key' });
  }

  async getMeta<K extends keyof MetaValues>(key: K): Promise<MetaValues[K] | undefined> {
    const row = await this.meta.get(key);
    return row?.value as MetaValues[K] | undefined;
  }
}

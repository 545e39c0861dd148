/**
 * Seeding: validate the bundled dataset, then replace the stored one in a single
 * transaction when its version differs. A dataset that fails validation changes
 * nothing: the previous data stays and the error is logged precisely. Installed
 * packs are merged over it again (`storeMerged`), so they survive an update.
 */
import * as z from 'zod';
import { followersIndex } from '../../data/records/links.ts';
import { dataLabel, mergePacks } from '../../data/records/pack-merge.ts';
import { datasetSchema, type Dataset, type Pack } from '../../data/records/schema.ts';
import { allRecords, compilePackTerms, compileTermIndex } from '../../data/records/term-index.ts';
import { byInstallOrder, type BackstoryDatabase, type PackRow } from './database.ts';

export type SeedOutcome =
  | { status: 'seeded'; version: string; records: number }
  | { status: 'current'; version: string }
  | { status: 'invalid'; error: string };

export function parseDataset(raw: unknown): { ok: true; dataset: Dataset } | { ok: false; error: string } {
  const parsed = datasetSchema.safeParse(raw);
  return parsed.success ? { ok: true, dataset: parsed.data } : { ok: false, error: z.prettifyError(parsed.error) };
}

export async function seedDataset(
  db: BackstoryDatabase,
  raw: unknown,
  log: (message: string) => void = console.error,
): Promise<SeedOutcome> {
  const parsed = parseDataset(raw);
  if (!parsed.ok) {
    log(`Backstory: the bundled dataset is invalid; keeping the stored data.\n${parsed.error}`);
    return { status: 'invalid', error: parsed.error };
  }
  const ds = parsed.dataset;
  const stored = await db.getMeta('dataset');
  if (stored?.version === ds.meta.version && (await db.getMeta('termIndex')) && (await db.getMeta('packTerms'))) {
    return { status: 'current', version: ds.meta.version };
  }
  const packs = (await db.packs.toArray()).sort(byInstallOrder).map((row) => row.pack);
  const records = await storeMerged(db, ds, packs);
  return { status: 'seeded', version: ds.meta.version, records };
}

/** A change to the installed packs, written in the same transaction as the data it produces. */
export type PackChange = { put: PackRow } | { remove: string };

/**
 * Replaces the stored data with `bundled` merged with `packs`, together with
 * `change` to the packs table, in one transaction: it all lands or none of it
 * does. Returns how many records were stored.
 */
export async function storeMerged(db: BackstoryDatabase, bundled: Dataset, packs: readonly Pack[], change?: PackChange): Promise<number> {
  const { dataset: ds, origin } = mergePacks(bundled, packs);
  const records = allRecords(ds);
  const termIndex = { ...compileTermIndex(ds), version: dataLabel(bundled, packs) };
  const packTerms = compilePackTerms(ds, origin, new Set(allRecords(bundled).map((r) => r.id)), termIndex.version);
  // Everything computed before the transaction: inside it, only IndexedDB awaits.
  await db.transaction('rw', [db.records, db.sources, db.meta, db.packs], async () => {
    if (change && 'put' in change) await db.packs.put(change.put);
    if (change && 'remove' in change) await db.packs.delete(change.remove);
    await db.records.clear();
    await db.sources.clear();
    await db.records.bulkPut(records);
    await db.sources.bulkPut(ds.sources);
    await db.meta.bulkPut([
      { key: 'termIndex', value: termIndex },
      { key: 'packTerms', value: packTerms },
      { key: 'followers', value: followersIndex(ds) },
      { key: 'dataset', value: ds.meta },
      { key: 'origins', value: origin },
    ]);
  });
  return records.length;
}

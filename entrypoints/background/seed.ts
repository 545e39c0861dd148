/**
 * Seeding: validate the bundled dataset (schema, then the lint's cross-reference
 * rules), then replace the stored one in a single transaction when its version
 * differs or the stored data fails its integrity check (counts and checksum
 * written at the last seed). A dataset that fails validation changes nothing:
 * the previous data stays and the error is logged precisely. Installed packs are
 * merged over it again (`storeMerged`), so they survive an update and a repair.
 */
import * as z from 'zod';
import { fingerprint, integrityProblem, type Integrity } from '../../data/records/integrity.ts';
import { referenceProblems } from '../../data/records/lint-dataset.ts';
import { followersIndex } from '../../data/records/links.ts';
import { dataLabel, mergePacks } from '../../data/records/pack-merge.ts';
import { datasetSchema, type Dataset, type Pack } from '../../data/records/schema.ts';
import { allRecords, compilePackTerms, compileTermIndex } from '../../data/records/term-index.ts';
import { byInstallOrder, type BackstoryDatabase, type PackRow } from './database.ts';

export type SeedOutcome =
  | { status: 'seeded'; version: string; records: number }
  | { status: 'current'; version: string }
  | { status: 'repaired'; version: string; records: number; problem: string }
  | { status: 'invalid'; error: string };

/** The most dangling references named in one error. */
const MAX_REFERENCE_PROBLEMS = 20;

export function parseDataset(raw: unknown): { ok: true; dataset: Dataset } | { ok: false; error: string } {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  const refs = referenceProblems(parsed.data);
  if (refs.length > 0) {
    const more = refs.length > MAX_REFERENCE_PROBLEMS ? `\n… and ${refs.length - MAX_REFERENCE_PROBLEMS} more` : '';
    return { ok: false, error: `${refs.slice(0, MAX_REFERENCE_PROBLEMS).join('\n')}${more}` };
  }
  return { ok: true, dataset: parsed.data };
}

/** The meta rows the fingerprint covers: all that seeding writes, so other keys may live beside them. */
const FINGERPRINTED = ['termIndex', 'packTerms', 'followers', 'dataset', 'origins'] as const;

/** What the stored data's fingerprint is now, read back from the database. */
export async function storedFingerprint(db: BackstoryDatabase, label: string): Promise<Integrity> {
  const [records, sources, meta] = await Promise.all([db.records.toArray(), db.sources.toArray(), db.meta.bulkGet([...FINGERPRINTED])]);
  const values = Object.fromEntries(meta.flatMap((m) => (m ? [[m.key, m.value]] : [])));
  return fingerprint(label, records, sources, values);
}

/**
 * Why the stored data cannot be trusted, or null. The quick check (counts, the
 * meta rows, the label: a few reads) runs before every worker start's first
 * answer; the deep one adds the checksum over everything and runs after it.
 */
export async function checkIntegrity(db: BackstoryDatabase, label: string, deep = true): Promise<string | null> {
  try {
    const expected = await db.getMeta('integrity');
    if (!expected) return 'no fingerprint was stored';
    const rows = await db.meta.bulkGet([...FINGERPRINTED]);
    const missing = FINGERPRINTED.find((_, i) => !rows[i]);
    if (missing) return `the ${missing} row is missing`;
    if (!deep) {
      const [records, sources] = await Promise.all([db.records.count(), db.sources.count()]);
      return integrityProblem(expected, { ...expected, records, sources }, label);
    }
    return integrityProblem(expected, await storedFingerprint(db, expected.label), label);
  } catch (e) {
    return `the stored data could not be read (${e instanceof Error ? e.message : String(e)})`;
  }
}

export async function seedDataset(
  db: BackstoryDatabase,
  raw: unknown,
  log: (message: string) => void = console.error,
  { deep = true }: { deep?: boolean } = {},
): Promise<SeedOutcome> {
  // A worker start with current, whole data answers without parsing the bundled dataset (it was validated when stored).
  const rawVersion = (raw as { meta?: { version?: unknown } } | null)?.meta?.version;
  const stored = await db.getMeta('dataset').catch(() => undefined);
  if (typeof rawVersion === 'string' && stored?.version === rawVersion) {
    const packs = (await db.packs.toArray()).sort(byInstallOrder).map((row) => row.pack);
    const label = [rawVersion, ...packs.map((p) => `${p.pack.id}@${p.pack.version}`)].join('+'); // dataLabel's, before parsing
    if (!(await checkIntegrity(db, label, deep))) return { status: 'current', version: rawVersion };
  }
  const parsed = parseDataset(raw);
  if (!parsed.ok) {
    log(`Backstory: the bundled dataset is invalid; keeping the stored data.\n${parsed.error}`);
    return { status: 'invalid', error: parsed.error };
  }
  const ds = parsed.dataset;
  const packs = (await db.packs.toArray()).sort(byInstallOrder).map((row) => row.pack);
  const label = dataLabel(ds, packs);
  if (stored?.version === ds.meta.version) {
    const problem = await checkIntegrity(db, label, deep);
    if (!problem) return { status: 'current', version: ds.meta.version };
    log(`Backstory: the stored data failed its integrity check (${problem}); re-seeding it from the bundled dataset.`);
    const records = await storeMerged(db, ds, packs);
    return { status: 'repaired', version: ds.meta.version, records, problem };
  }
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
  const meta = { termIndex, packTerms, followers: followersIndex(ds), dataset: ds.meta, origins: origin };
  const integrity = fingerprint(termIndex.version, records, ds.sources, meta);
  // Everything computed before the transaction: inside it, only IndexedDB awaits.
  await db.transaction('rw', [db.records, db.sources, db.meta, db.packs], async () => {
    if (change && 'put' in change) await db.packs.put(change.put);
    if (change && 'remove' in change) await db.packs.delete(change.remove);
    await db.records.clear();
    await db.sources.clear();
    await db.records.bulkPut(records);
    await db.sources.bulkPut(ds.sources);
    await db.meta.bulkPut([
      { key: 'termIndex', value: meta.termIndex },
      { key: 'packTerms', value: meta.packTerms },
      { key: 'followers', value: meta.followers },
      { key: 'dataset', value: meta.dataset },
      { key: 'origins', value: meta.origins },
      { key: 'integrity', value: integrity },
    ]);
  });
  return records.length;
}

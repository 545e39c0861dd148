/**
 * A cheap fingerprint of the stored data, written with it at seed time and
 * checked at every worker start: how many records and sources there are, and a
 * checksum (FNV-1a, 32 bits) over them and the compiled meta in id order. An
 * emptied table, a record edited or damaged in place, or a missing term index
 * all change it, and the worker re-seeds. Not a defence against an attacker
 * (one who can write to the extension's IndexedDB can write the checksum too):
 * a detector of damage. Pure.
 */

export interface Integrity {
  /** The dataset label the data was built from (bundled version plus packs). */
  label: string;
  records: number;
  sources: number;
  checksum: string;
}

/** FNV-1a over a string's UTF-16 code units, as 8 hex digits. */
export function fnv1a(text: string, hash = 0x811c9dc5): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The fingerprint of records, sources and meta values (by key), independent of the order they are read in. */
export function fingerprint(
  label: string,
  records: readonly { id: string }[],
  sources: readonly { id: string }[],
  meta: Readonly<Record<string, unknown>>,
): Integrity {
  let h = 0x811c9dc5;
  for (const r of [...records].sort(byId)) h = fnv1a(JSON.stringify(r) ?? '', h);
  for (const s of [...sources].sort(byId)) h = fnv1a(JSON.stringify(s) ?? '', h);
  for (const key of Object.keys(meta).sort()) h = fnv1a(`${key}=${JSON.stringify(meta[key]) ?? ''}`, h);
  return { label, records: records.length, sources: sources.length, checksum: h.toString(16).padStart(8, '0') };
}

/** Why stored data does not match its fingerprint, or null when it does. */
export function integrityProblem(expected: Integrity | undefined, actual: Integrity, label: string): string | null {
  if (!expected) return 'no fingerprint was stored';
  if (expected.label !== label) return `built from ${expected.label}, not ${label}`;
  if (expected.records !== actual.records) return `${actual.records} records stored, ${expected.records} expected`;
  if (expected.sources !== actual.sources) return `${actual.sources} sources stored, ${expected.sources} expected`;
  if (expected.checksum !== actual.checksum) return `checksum ${actual.checksum}, ${expected.checksum} expected`;
  return null;
}

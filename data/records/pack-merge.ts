/**
 * How packs layer over the bundled dataset, what an import would change, and the
 * export. Pure: the background stores the results.
 *
 * Merge order: the bundled dataset first, then packs in the order they were
 * installed (a newer version of a pack counts as installed anew), so the pack
 * installed last wins; a record or source with an id already present is replaced.
 * Removing a pack therefore brings back whatever it had replaced. Install order,
 * not `created`, because a restored export (dated today) would otherwise hide
 * every older pack installed after it.
 */
import { type AnyRecord, type Dataset, type Pack, type PackHeader } from './schema.ts';
import { allRecords } from './term-index.ts';

type RecordKey = 'entities' | 'events' | 'claims' | 'figures' | 'sources';
export const PACK_COLLECTIONS: readonly RecordKey[] = ['entities', 'events', 'claims', 'figures', 'sources'];

export interface MergedData {
  dataset: Dataset;
  /** Record or source id → the id of the pack it comes from (absent: bundled). */
  origin: Record<string, string>;
}

/** Dotted versions compared part by part as numbers: 2026.12.2 < 2026.12.10. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** `packs` in install order, earliest first. */
export function mergePacks(bundled: Dataset, packs: readonly Pack[]): MergedData {
  const origin: Record<string, string> = {};
  const maps = Object.fromEntries(
    PACK_COLLECTIONS.map((key) => [key, new Map<string, { id: string }>(bundled[key].map((r) => [r.id, r]))]),
  ) as Record<RecordKey, Map<string, { id: string }>>;
  for (const pack of packs) {
    for (const key of PACK_COLLECTIONS) {
      for (const r of pack[key]) {
        maps[key].set(r.id, r);
        origin[r.id] = pack.pack.id;
      }
    }
  }
  const dataset = { meta: bundled.meta, ...Object.fromEntries(PACK_COLLECTIONS.map((key) => [key, [...maps[key].values()]])) } as Dataset;
  return { dataset, origin };
}

/** JSON with sorted keys, so two equal records compare equal whatever their key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export type ChangeType = AnyRecord['type'] | 'source';
export interface RecordChange {
  id: string;
  type: ChangeType;
  title: string;
}
export interface DataChanges {
  added: RecordChange[];
  updated: RecordChange[];
  /** Records that disappear: a newer version of a pack that no longer carries them. */
  removed: RecordChange[];
  unchanged: number;
}

export function recordTitle(r: AnyRecord): string {
  switch (r.type) {
    case 'entity': return r.name;
    case 'event': return r.title;
    case 'claim': return r.statement;
    case 'figure': return `${r.value}: ${r.measures}`;
  }
}

function everything(ds: Dataset): Map<string, { change: RecordChange; json: string }> {
  const out = new Map<string, { change: RecordChange; json: string }>();
  for (const r of allRecords(ds)) out.set(r.id, { change: { id: r.id, type: r.type, title: recordTitle(r) }, json: stableJson(r) });
  for (const s of ds.sources) out.set(s.id, { change: { id: s.id, type: 'source', title: `${s.publisher}: ${s.title}` }, json: stableJson(s) });
  return out;
}

/** What goes from `before` to `after`: added, updated (content differs) and removed records and sources. */
export function diffData(before: Dataset, after: Dataset): DataChanges {
  const a = everything(before);
  const b = everything(after);
  const out: DataChanges = { added: [], updated: [], removed: [], unchanged: 0 };
  for (const [id, next] of b) {
    const prev = a.get(id);
    if (!prev) out.added.push(next.change);
    else if (prev.json !== next.json) out.updated.push(next.change);
    else out.unchanged++;
  }
  for (const [id, prev] of a) if (!b.has(id)) out.removed.push(prev.change);
  return out;
}

/** The current data as one pack that Import accepts: every record and source, sorted by id. */
export function exportPack(merged: Dataset, header: PackHeader): Pack {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return {
    pack: header,
    entities: byId(merged.entities),
    events: byId(merged.events),
    claims: byId(merged.claims),
    figures: byId(merged.figures),
    sources: byId(merged.sources),
  };
}

/** Counts per collection, as the options page lists them. */
export function packCounts(pack: Pack): Record<RecordKey, number> {
  return Object.fromEntries(PACK_COLLECTIONS.map((k) => [k, pack[k].length])) as Record<RecordKey, number>;
}

/** A label for the data as merged, carried by the term index: the bundled version plus each pack's id@version. */
export function dataLabel(bundled: Dataset, packs: readonly Pack[]): string {
  return [bundled.meta.version, ...packs.map((p) => `${p.pack.id}@${p.pack.version}`)].join('+');
}


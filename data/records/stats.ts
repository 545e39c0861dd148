/** Dataset statistics: what `npm run data:stats` prints. Pure. */
import { LAYERS } from '../layers.ts';
import { LAYER_OF, type Dataset } from './schema.ts';
import { allRecords } from './term-index.ts';

export interface DatasetStats {
  version: string;
  lastReviewed: string;
  counts: { entities: number; events: number; claims: number; figures: number; sources: number };
  perLayer: Record<(typeof LAYERS)[number], number>;
  /** Share of records citing at least one official or court-record source at its own address. */
  officialOrPrimaryShare: number;
  /** The same, counting mirrors of primary documents (Justia's Federal Register copy, Wikisource's slip opinion). */
  officialOrPrimaryIncludingMirrorsShare: number;
  verdicts: Record<string, number>;
  terms: number;
}

export const PRIMARY_KINDS = new Set(['official', 'court-record']);
const share = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 1000 : 0);

export function datasetStats(ds: Dataset, termCount: number): DatasetStats {
  const records = allRecords(ds);
  const kind = new Map(ds.sources.map((s) => [s.id, s.kind]));
  const cites = (kinds: Set<string>) => records.filter((r) => r.sources.some((s) => kinds.has(kind.get(s) ?? ''))).length;
  const primary = cites(PRIMARY_KINDS);
  const withMirrors = cites(new Set([...PRIMARY_KINDS, 'mirror']));
  const perLayer = Object.fromEntries(LAYERS.map((l) => [l, 0])) as DatasetStats['perLayer'];
  for (const r of records) perLayer[LAYER_OF[r.type]]++;
  const verdicts: Record<string, number> = {};
  for (const c of ds.claims) verdicts[c.verdict ?? 'as rated'] = (verdicts[c.verdict ?? 'as rated'] ?? 0) + 1;
  return {
    version: ds.meta.version,
    lastReviewed: ds.meta.lastReviewed,
    counts: { entities: ds.entities.length, events: ds.events.length, claims: ds.claims.length, figures: ds.figures.length, sources: ds.sources.length },
    perLayer,
    officialOrPrimaryShare: share(primary, records.length),
    officialOrPrimaryIncludingMirrorsShare: share(withMirrors, records.length),
    verdicts,
    terms: termCount,
  };
}

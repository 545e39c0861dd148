/**
 * Building a pack from the dataset for a date range (npm run data:pack), so an
 * editor can publish an update for installs with an older build. Pure.
 *
 * A record is in range when its own date is: an event's date, a figure's asOf or
 * one of its history dates. Entities and claims carry no date, so they are in
 * range when one of their sources was published in it. Every source the chosen
 * records cite comes along.
 */
import type { Dataset, PackHeader, PackInput } from './schema.ts';

export interface DateRange {
  /** Inclusive, ISO; compared as text so 2026-02 covers February. */
  since: string;
  until?: string;
}

const inRange = (date: string | null | undefined, { since, until }: DateRange) =>
  !!date && date >= since && (!until || date.slice(0, until.length) <= until);

export function buildPack(ds: Dataset, range: DateRange, header: PackHeader): PackInput {
  const sources = new Map(ds.sources.map((s) => [s.id, s]));
  const dated = (ids: string[]) => ids.some((id) => inRange(sources.get(id)?.published, range));
  const entities = ds.entities.filter((e) => dated(e.sources));
  const claims = ds.claims.filter((c) => dated(c.sources));
  const events = ds.events.filter((e) => inRange(e.date, range));
  const figures = ds.figures.filter((f) => inRange(f.asOf, range) || f.history.some((h) => inRange(h.date, range)));
  const cited = new Set([...entities, ...claims, ...events, ...figures].flatMap((r) => r.sources));
  for (const f of figures) for (const h of f.history) h.sources.forEach((id) => cited.add(id));
  return { pack: header, entities, events, claims, figures, sources: ds.sources.filter((s) => cited.has(s.id)) };
}

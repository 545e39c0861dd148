/**
 * The record link graph, declared once: which fields of a record name other
 * records, what type each must point at, and which sources a record cites. The
 * dataset lint, the pack check, the card loader and the seed's reverse index
 * all read it from here. Pure.
 */
import type { AnyRecord, Dataset } from './schema.ts';

export type RecordType = AnyRecord['type'];

/** One reference from a record to another: `record[field][index] === id`. */
export interface RecordLink {
  field: 'related' | 'entities' | 'follows' | 'supersedes' | 'outdatedBy';
  index: number;
  id: string;
  /** The type the target must have. */
  to: RecordType;
  /** Where below the record the id is written. */
  path: (string | number)[];
}

/** One cited source, with the path below the record where it is named. */
export interface Citation {
  path: (string | number)[];
  id: string;
}

const each = (field: RecordLink['field'], ids: readonly string[], to: RecordType): RecordLink[] =>
  ids.map((id, index) => ({ field, index, id, to, path: [field, index] }));

export function recordLinks(r: AnyRecord): RecordLink[] {
  switch (r.type) {
    case 'entity':
      return each('related', r.related, 'event');
    case 'event':
      return [...each('entities', r.entities, 'entity'), ...each('follows', r.follows, 'event'), ...each('supersedes', r.supersedes, 'event')];
    case 'claim':
      return r.outdatedBy ? [{ field: 'outdatedBy', index: 0, id: r.outdatedBy.event, to: 'event', path: ['outdatedBy', 'event'] }] : [];
    default:
      return [];
  }
}

export function recordCitations(r: AnyRecord): Citation[] {
  const own = r.sources.map((id, j) => ({ path: ['sources', j], id }));
  const nested = (field: string, items: readonly { sources: readonly string[] }[]): Citation[] =>
    items.flatMap((h, k) => h.sources.map((id, j) => ({ path: [field, k, 'sources', j], id })));
  switch (r.type) {
    case 'figure': return [...own, ...nested('history', r.history)];
    case 'entity': return [...own, ...nested('roles', r.roles)];
    case 'claim': return r.outdatedBy ? [...own, ...r.outdatedBy.sources.map((id, j) => ({ path: ['outdatedBy', 'sources', j], id }))] : own;
    default: return own;
  }
}

/** Events that name each id in `follows`: what came next, for an event's card. */
export function followersIndex(ds: Pick<Dataset, 'events'>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of ds.events) for (const prev of e.follows) (out[prev] ??= []).push(e.id);
  return out;
}

/** Every record a card for `r` links to, before and after it. */
export function linkedIds(r: AnyRecord, followers: Readonly<Record<string, readonly string[]>>): string[] {
  return [...new Set([...recordLinks(r).map((l) => l.id), ...(followers[r.id] ?? [])])];
}

/**
 * Time-aware cards: what came before the article a reader is on, and what has
 * happened since it was published. Pure; dates are ISO strings ("2025",
 * "2025-04", "2025-04-24"), compared as text, which orders them correctly.
 * An event only counts as "since" when all of its period lies after the
 * article's day, and as "before" when all of it lies on or before that day;
 * one that overlaps it ("2024" for an article of March 2024) is "around" it.
 * Nothing is guessed: with no article date there is no split.
 */
import type { Figure, TimelineEvent } from './schema.ts';

/** A dated period: the text of the date itself says how precise it is. */
export type Period = Pick<TimelineEvent, 'date' | 'end'>;

/** The first and last day a dated period can mean. */
export function periodBounds({ date, end }: Period): [first: string, last: string] {
  const last = end ?? date;
  const pad = (d: string, upper: boolean) =>
    d.length === 10 ? d : d.length === 7 ? `${d}-${upper ? '31' : '01'}` : `${d}-${upper ? '12-31' : '01-01'}`;
  return [pad(date, false), pad(last, true)];
}

export type Placement = 'before' | 'around' | 'since';

export function placeAgainst(period: Period, published: string): Placement {
  const [first, last] = periodBounds(period);
  if (last <= published) return 'before';
  if (first > published) return 'since';
  return 'around';
}

export interface Split<T> {
  /** Oldest first. */
  before: T[];
  around: T[];
  /** Newest first: what a reader of an old article most needs. */
  since: T[];
}

export function splitByArticle<T extends Period>(events: readonly T[], published: string): Split<T> {
  const out: Split<T> = { before: [], around: [], since: [] };
  for (const e of events) out[placeAgainst(e, published)].push(e);
  const byStart = (a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  out.before.sort(byStart);
  out.around.sort(byStart);
  out.since.sort((a, b) => byStart(b, a));
  return out;
}

export interface FigureThenNow {
  /** The value a reader of the article would have seen quoted, and its date. */
  then: { value: string; date: string };
  /** The newest value, when it is later than the article and differs. */
  now: { value: string; date: string; note?: string };
}

/**
 * "170 million (Mar 2024) → 200 million+ (Jan 2026)": the figure's value as of
 * the article, and the newest value recorded after it; null when nothing newer
 * is recorded, or the record's history starts after the article.
 */
export function figureSince(figure: Pick<Figure, 'value' | 'asOf' | 'history' | 'note'>, published: string): FigureThenNow | null {
  const values = [...figure.history.map((h) => ({ value: h.value, date: h.date, note: h.note })), { value: figure.value, date: figure.asOf, note: figure.note }]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const dayOf = (d: string) => periodBounds({ date: d })[0];
  const known = values.filter((v) => dayOf(v.date) <= published);
  const then = known[known.length - 1];
  const newest = values[values.length - 1]!;
  if (!then || dayOf(newest.date) <= published || newest.value === then.value) return null;
  return { then: { value: then.value, date: then.date }, now: { value: newest.value, date: newest.date, ...(newest.note ? { note: newest.note } : {}) } };
}

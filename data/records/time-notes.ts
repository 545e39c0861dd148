/**
 * Claims and entities read against the article's date: a claim a later event
 * overturned ("Outdated since 19 Jan 2025"), and an entity's role then and now.
 * Pure; dates are ISO strings compared as text, as in since.ts. Nothing is
 * guessed: with no article date, or a date too coarse to place, there is no note.
 */
import type { DatedRole, TimelineEvent } from './schema.ts';
import { periodBounds, placeAgainst } from './since.ts';

export interface OutdatedNote {
  /** The overturning event's id, date and precision, for the card to format and link. */
  event: string;
  date: string;
  precision: TimelineEvent['precision'];
  title: string;
  note: string;
}

/**
 * The note for a claim on an article of `published`: only when the overturning
 * event lies wholly after the article's day. An event on the article's own day
 * counts as before it, as in the card's timeline split (the article may already know it).
 */
export function outdatedNote(
  outdatedBy: { event: string; note: string } | undefined,
  event: Pick<TimelineEvent, 'id' | 'date' | 'end' | 'precision' | 'title'> | undefined,
  published: string | null,
): OutdatedNote | null {
  if (!outdatedBy || !event || published === null) return null;
  if (placeAgainst(event, published) !== 'since') return null;
  return { event: event.id, date: event.date, precision: event.precision, title: event.title, note: outdatedBy.note };
}

export interface RoleThenNow {
  then: { text: string; from: string };
  now: { text: string; from: string };
}

/** True when the role surely held on `day`: it began on or before it and had not yet ended. */
function heldOn(role: DatedRole, day: string): boolean {
  if (periodBounds({ date: role.from })[1] > day) return false; // "2024" for 13 Mar 2024: it may not have begun yet
  return role.to === undefined || periodBounds({ date: role.to })[0] > day;
}

/**
 * The role the entity held on the article's day and the one it holds now, when
 * they differ and the change came after the article. Null when the article's
 * date is unknown, no role surely covers it, or nothing has changed since.
 */
export function roleThenNow(roles: readonly DatedRole[], published: string | null): RoleThenNow | null {
  if (published === null) return null;
  const then = roles.filter((r) => heldOn(r, published)).at(-1);
  const now = roles.filter((r) => r.to === undefined).at(-1);
  if (!then || !now || then === now) return null;
  if (periodBounds({ date: now.from })[0] <= published) return null; // the current role began by the article: nothing new
  return { then: { text: then.text, from: then.from }, now: { text: now.text, from: now.from } };
}

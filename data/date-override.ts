/**
 * A reader's correction of an article's publish date, remembered per page
 * address in storage.local. The popup writes it, the content script reads it and
 * uses it for cards instead of what the page says. Pure: the list in, a new list
 * out. Newest first, bounded, and checked on every read: storage is another
 * context's writing, and a damaged value must not take the page's own date away.
 * Zod-free, since the annotator imports it (its bundle carries no zod): the
 * popup, which rewrites the whole list, reads it through date-override-schema.ts.
 */
import { parseDay } from './match/article-date.ts';

export const DATE_OVERRIDES_KEY = 'backstory:date-overrides';
/** Corrections kept: the newest this many (a reader corrects a few pages, not thousands). */
export const MAX_DATE_OVERRIDES = 500;
export const MAX_OVERRIDE_URL_LENGTH = 4096;

/** Newest first; one entry per address. */
export type DateOverrides = readonly { url: string; date: string }[];

/** The address a correction is kept under: http(s) only, without its #fragment (an anchor jump is the same article). */
export function overrideUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href.length <= MAX_OVERRIDE_URL_LENGTH ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The reader's date for this page, or null when they have not corrected it. Takes
 * the stored value as it is (the content script reads storage straight) and
 * trusts only an entry whose date is a real past day.
 */
export function dateOverrideFor(stored: unknown, url: string, now: Date = new Date()): string | null {
  const key = overrideUrl(url);
  if (!key || !Array.isArray(stored)) return null;
  const entry: unknown = stored.find((e: unknown) => (e as { url?: unknown } | null)?.url === key);
  const date = (entry as { date?: unknown } | undefined)?.date;
  return typeof date === 'string' ? validCorrection(date, now) : null;
}

/** A date a reader may give: a real calendar day, not before 1990 and not in the future. Null when it is not one. */
export function validCorrection(value: string, now: Date = new Date()): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? parseDay(value, now) : null;
}

/**
 * The list with this page's correction set (newest first) or, for `date` null,
 * cleared. Throws on an address or date it cannot keep, so the popup can say so.
 */
export function withDateOverride(list: DateOverrides, url: string, date: string | null, now: Date = new Date()): DateOverrides {
  const key = overrideUrl(url);
  if (!key) throw new Error('Only a web page’s date can be corrected.');
  const rest = list.filter((e) => e.url !== key);
  if (date === null) return rest;
  const day = validCorrection(date, now);
  if (!day) throw new Error('Enter a real date, not in the future.');
  return [{ url: key, date: day }, ...rest].slice(0, MAX_DATE_OVERRIDES);
}

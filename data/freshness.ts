/**
 * Whether the installed context may be out of date. Pure, and free of zod for the
 * popup: the review date is the newer of the bundled dataset's review and the
 * newest installed pack.
 */

/** After this long without a review or a pack, the popup says the context may be out of date. */
export const STALE_AFTER_DAYS = 120;

const DAY_MS = 86_400_000;

/** The newest of some ISO dates (YYYY, YYYY-MM or YYYY-MM-DD compare correctly as text). */
export function newestDate(dates: string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a), '');
}

/** True when `reviewed` is more than STALE_AFTER_DAYS before `today`. A month or year counts from its first day. */
export function isStale(reviewed: string, today: Date = new Date()): boolean {
  const [y, m = '01', d = '01'] = reviewed.split('-');
  const at = Date.UTC(Number(y), Number(m) - 1, Number(d));
  if (Number.isNaN(at)) return true;
  const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return now - at > STALE_AFTER_DAYS * DAY_MS;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2025-01-17" → "17 Jan 2025"; "2023-05" → "May 2023"; precision can trim a day.
 * `locale` is the browser's language (i18n.getUILanguage()): English keeps the house
 * style above (Intl's en-GB says "Sept"), any other language gets Intl.DateTimeFormat's
 * own short date, read in UTC so a date never shifts by a day.
 */
export function formatDate(iso: string, precision?: 'day' | 'month' | 'year', locale = 'en'): string {
  const [y, m, d] = iso.split('-');
  if (!m || precision === 'year') return y ?? iso;
  if (!/^en\b/i.test(locale)) {
    const month = !d || precision === 'month';
    const when = Date.UTC(Number(y), Number(m) - 1, month ? 1 : Number(d));
    try {
      return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', ...(month ? {} : { day: 'numeric' }) }).format(when);
    } catch {
      // An unknown language tag: fall through to English.
    }
  }
  const month = MONTHS[Number(m) - 1] ?? m;
  if (!d || precision === 'month') return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

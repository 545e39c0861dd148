const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-01-17" → "17 Jan 2025"; "2023-05" → "May 2023"; precision can trim a day. */
export function formatDate(iso: string, precision?: 'day' | 'month' | 'year'): string {
  const [y, m, d] = iso.split('-');
  if (!m || precision === 'year') return y ?? iso;
  const month = MONTHS[Number(m) - 1] ?? m;
  if (!d || precision === 'month') return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

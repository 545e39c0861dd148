/**
 * The literal spellings of numbers and dates as newspapers write them. Pure;
 * used at compile time only, so the page never builds a pattern from data.
 */
import type { NumberPattern } from './schema.ts';

const SCALE_ABBR: Record<string, string[]> = {
  thousand: ['k'],
  million: ['mn', 'mln', 'm'],
  billion: ['bn', 'b'],
  trillion: ['tn', 'trn'],
};

/** "600,000" is also written "600000". */
function numerals(value: string): string[] {
  const plain = value.replace(/,/g, '');
  return plain === value ? [value] : [value, plain];
}

export function expandNumber(p: NumberPattern): string[] {
  const out = new Set<string>();
  if (p.kind === 'percent') {
    for (const v of [p.value]) {
      out.add(`${v}%`).add(`${v} percent`).add(`${v} per cent`).add(`${v}-percent`);
    }
  } else if (p.kind === 'tally') {
    const { yes, no } = p;
    out.add(`${yes}-${no}`).add(`${yes} to ${no}`).add(`${yes}-to-${no}`).add(`${yes} votes to ${no}`);
  } else {
    for (const v of numerals(p.value)) {
      const scale = p.scale;
      const abbrs = scale ? SCALE_ABBR[scale]! : [];
      // Bare numbers need a scale or a currency to mean anything.
      const bodies = scale ? [`${v} ${scale}`, `${v}-${scale}`] : [v];
      const tight = abbrs.map((a) => `${v}${a}`).concat(abbrs.filter((a) => a.length > 1).map((a) => `${v} ${a}`));
      if (p.currency === 'USD') {
        for (const prefix of ['$', 'US$', 'USD ']) {
          for (const b of [...bodies, ...tight]) out.add(`${prefix}${b}`);
        }
        if (scale) out.add(`${v} ${scale} dollars`).add(`${v} ${scale} US dollars`);
      } else if (p.currency === 'CNY') {
        for (const prefix of ['¥', 'RMB ', 'RMB', 'CNY ']) {
          for (const b of [...bodies, ...tight]) out.add(`${prefix}${b}`);
        }
        for (const b of bodies) out.add(`${b} yuan`).add(`${b} RMB`);
        for (const b of tight) out.add(`${b} yuan`);
      } else {
        for (const b of bodies) out.add(b);
        // "170m" alone reads as metres: single-letter scales only with a currency.
        for (const b of tight) if (!/\d[mbk]$/.test(b)) out.add(b);
      }
    }
  }
  return [...out];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "2025-01-17" → "January 17, 2025", "Jan. 17, 2025", "Jan 17, 2025", "17 January 2025". */
export function expandDate(iso: string): string[] {
  const [y, m, d] = iso.split('-');
  if (!y || !m || !d) return [];
  const month = MONTHS[Number(m) - 1]!;
  const abbr = MONTH_ABBR[Number(m) - 1]!;
  const day = String(Number(d));
  const out = new Set([`${month} ${day}, ${y}`, `${abbr} ${day}, ${y}`, `${abbr.replace('.', '')} ${day}, ${y}`, `${day} ${month} ${y}`]);
  if (abbr === 'Sept.') out.add(`Sep. ${day}, ${y}`).add(`Sep ${day}, ${y}`);
  return [...out];
}

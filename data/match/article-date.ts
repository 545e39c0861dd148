/**
 * When was the article published? A pure decision over the signals a page
 * carries, in order of trust:
 *   1. JSON-LD `datePublished` of an Article-type item (also inside `@graph`);
 *   2. publication metas (`article:published_time`, `og:published_time`,
 *      `itemprop=datePublished`, and the common `name=` variants);
 *   3. a `<time datetime>` in the article's header or byline;
 *   4. a date in the URL path.
 * The day is taken as the page writes it (its own time zone), never converted.
 * When nothing says, the answer is "unknown": it never falls back to today.
 */

export interface DateSignals {
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: readonly string[];
  /** Metas and microdata: `key` is the property, name or itemprop, lower-cased. */
  metas: readonly { key: string; value: string }[];
  /** `<time datetime>` values near the headline or byline, in document order. */
  times: readonly string[];
  url: string;
}

export type DateSource = 'json-ld' | 'meta' | 'time' | 'url';

export type ArticleDate =
  | { known: true; date: string; source: DateSource; detail: string; confidence: 'high' | 'medium' | 'low' }
  | { known: false; reason: string };

/** Publication metas, most specific first. */
export const PUBLISHED_META_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'article.published',
  'parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date',
  'dc.date.issued', 'dcterms.date', 'dcterms.issued',
] as const;

/** The schema.org types of an article (Readability's list): news, blog and social posts, reports. */
const ARTICLE_TYPE = /^(?:https?:\/\/schema\.org\/)?(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|APIReference)$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Dates before the web had news sites, or this far past "now", are not publication dates. */
const EARLIEST_YEAR = 1990;
const FUTURE_SLACK_DAYS = 2;

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number, now: Date): string | null {
  if (y < EARLIEST_YEAR || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  if (Date.UTC(y, m - 1, d) > now.getTime() + FUTURE_SLACK_DAYS * 86_400_000) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The calendar day a date string names, as written, or null. ISO, compact ISO, and English month names. */
export function parseDay(raw: string, now: Date = new Date()): string | null {
  const s = raw.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(s);
  if (m) return validDay(+m[1]!, +m[2]!, +m[3]!, now);
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T|\d{4,6}$)/.exec(s);
  if (m) return validDay(+m[1]!, +m[2]!, +m[3]!, now);
  const lower = s.toLowerCase();
  // "November 3, 2017", "Nov. 3 2017"
  m = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(lower);
  if (m && MONTHS.includes(m[1]!)) return validDay(+m[3]!, MONTHS.indexOf(m[1]!) + 1, +m[2]!, now);
  // "Fri, 03 Nov 2017 03:01:00 GMT", "3 November 2017"
  m = /\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(lower);
  if (m && MONTHS.includes(m[2]!)) return validDay(+m[3]!, MONTHS.indexOf(m[2]!) + 1, +m[1]!, now);
  return null;
}

/** `datePublished` values of Article-type items, however the JSON-LD nests them. */
function jsonLdDates(text: string): string[] {
  let data: unknown;
  try {
    // Some CMSs wrap the JSON in a CDATA section or an HTML comment.
    data = JSON.parse(text.replace(/^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/, '').replace(/(?:\/\/\s*)?(?:\]\]>|-->)\s*$/, ''));
  } catch {
    return []; // a page's broken JSON-LD is its own affair
  }
  const found: string[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o['@type'] ?? []);
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t)) && typeof o.datePublished === 'string') found.push(o.datePublished);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  visit(data, 0);
  return found;
}

/** A date in the URL's path: /2024/03/13/, /2024-03-13-, /20240313/. */
function urlDay(url: string, now: Date): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|\/)(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(path) ?? /(?:^|[/_-])(\d{4})-(\d{2})-(\d{2})(?:[/_.-]|$)/.exec(path) ?? /\/(\d{4})(\d{2})(\d{2})(?:\/|$)/.exec(path);
  return m ? validDay(+m[1]!, +m[2]!, +m[3]!, now) : null;
}

/** The article's publication day, where it came from and how sure that is; or why it is unknown. */
export function findArticleDate(s: DateSignals, now: Date = new Date()): ArticleDate {
  for (const text of s.jsonLd) {
    for (const raw of jsonLdDates(text)) {
      const date = parseDay(raw, now);
      if (date) return { known: true, date, source: 'json-ld', detail: 'datePublished', confidence: 'high' };
    }
  }
  for (const key of PUBLISHED_META_KEYS) {
    for (const meta of s.metas) {
      if (meta.key !== key) continue;
      const date = parseDay(meta.value, now);
      if (date) return { known: true, date, source: 'meta', detail: key, confidence: key === 'date' || key === 'dc.date' ? 'medium' : 'high' };
    }
  }
  for (const raw of s.times) {
    const date = parseDay(raw, now);
    if (date) return { known: true, date, source: 'time', detail: 'time datetime', confidence: 'medium' };
  }
  const fromUrl = urlDay(s.url, now);
  if (fromUrl) return { known: true, date: fromUrl, source: 'url', detail: 'URL path', confidence: 'low' };
  return { known: false, reason: 'the page gives no publication date' };
}

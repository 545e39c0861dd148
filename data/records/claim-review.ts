/**
 * schema.org ClaimReview (the fact-checkers' markup) → a context pack of claims.
 * Each review becomes a claim whose source is the review itself (its URL and
 * publisher). Its textual rating maps onto Backstory's five verdicts only through
 * RATING_VERDICTS; any other rating is kept as the fact-checker wrote it, with no
 * verdict. Pure; the result is validated like any pack.
 */
import { englishText, type Translate, type UiText } from '../i18n.ts';
import { foldString } from '../match/fold.ts';
import { formatPath } from './json-path.ts';
import { FILE_PATH, MAX_PACK_RECORDS, type PackProblem } from './pack-limits.ts';
import type { PackInput, Verdict } from './schema.ts';

/**
 * Ratings as fact-checkers write them (compared lower-case, with hyphens, quotes
 * and trailing punctuation folded away) → Backstory's verdict. A rating not listed
 * here is never guessed at. "Mostly false" is left out on purpose: outlets use it
 * both for "the core is wrong" and for "true but misleading".
 */
export const RATING_VERDICTS: Readonly<Record<string, Verdict>> = {
  true: 'supported',
  correct: 'supported',
  accurate: 'supported',
  'mostly true': 'partly-supported',
  'half true': 'partly-supported',
  'partly true': 'partly-supported',
  'partly false': 'partly-supported',
  'mixture': 'partly-supported',
  'mixed': 'partly-supported',
  misleading: 'partly-supported',
  'missing context': 'partly-supported',
  'lacks context': 'partly-supported',
  'needs context': 'partly-supported',
  exaggerated: 'partly-supported',
  unproven: 'not-supported',
  unsupported: 'not-supported',
  unsubstantiated: 'not-supported',
  'no evidence': 'not-supported',
  'unverified': 'not-supported',
  false: 'contradicted',
  incorrect: 'contradicted',
  inaccurate: 'contradicted',
  wrong: 'contradicted',
  fake: 'contradicted',
  'pants on fire': 'contradicted',
  outdated: 'outdated',
  'out of date': 'outdated',
  'no longer true': 'outdated',
};

/** "Pants-on-Fire!" → "pants on fire". */
export function normaliseRating(rating: string): string {
  return foldString(rating)
    .toLowerCase()
    .replace(/["'“”‘’«»]/g, '')
    .replace(/[-_]+/g, ' ')
    .replace(/[.!?]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function verdictForRating(rating: string): Verdict | undefined {
  const key = normaliseRating(rating);
  return Object.hasOwn(RATING_VERDICTS, key) ? RATING_VERDICTS[key] : undefined;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function hasType(v: Json, type: string): boolean {
  const t = v['@type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

/** A name from a schema.org Person/Organization, a plain string, or the first of a list. */
function nameOf(v: unknown): string | undefined {
  if (Array.isArray(v)) return v.map(nameOf).find(Boolean);
  return str(v) ?? (isObject(v) ? str(v.name) : undefined);
}

/** The ClaimReview items in a file: a single item, a list, an `@graph`, or an ItemList's elements. */
export function findClaimReviews(raw: unknown): { path: (string | number)[]; item: Json }[] {
  const out: { path: (string | number)[]; item: Json }[] = [];
  const visit = (v: unknown, path: (string | number)[], depth: number) => {
    if (depth > 3) return;
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i], depth + 1));
    else if (isObject(v)) {
      if (hasType(v, 'ClaimReview')) out.push({ path, item: v });
      else {
        if (v['@graph']) visit(v['@graph'], [...path, '@graph'], depth + 1);
        if (v.itemListElement) visit(v.itemListElement, [...path, 'itemListElement'], depth + 1);
        if (isObject(v.item)) visit(v.item, [...path, 'item'], depth + 1);
      }
    }
  };
  visit(raw, [], 0);
  return out;
}

export function looksLikeClaimReview(raw: unknown): boolean {
  return !(isObject(raw) && 'pack' in raw) && findClaimReviews(raw).length > 0;
}

/** FNV-1a, base 36: a short, stable id suffix from a review's URL. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

const slug = (text: string, max = 40) =>
  text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, max).replace(/-+$/, '') || 'x';

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

export interface ClaimReviewImport {
  pack: PackInput;
  /** Where each generated claim came from in the file, to report problems at the reader's path. */
  claimPaths: string[];
}

export type ClaimReviewResult = { ok: true; value: ClaimReviewImport } | { ok: false; problems: PackProblem[] };

interface Review {
  path: string;
  statement: string;
  rating: string;
  publisher: string;
  url: string;
  claimant?: string;
  date: string | null;
  title: string;
  explanation?: string;
}

function readReview(item: Json, path: (string | number)[], problems: PackProblem[], t: Translate): Review | null {
  const at = (field: string) => formatPath([...path, ...field.split('.')]);
  const before = problems.length;
  const statement = str(item.claimReviewed);
  if (!statement) problems.push({ path: at('claimReviewed'), message: t('optionsIssueReviewStatement') });
  const ratingObj = isObject(item.reviewRating) ? item.reviewRating : undefined;
  const rating = str(ratingObj?.alternateName) ?? str(ratingObj?.name);
  if (!rating) problems.push({ path: at('reviewRating.alternateName'), message: t('optionsIssueReviewRating') });
  const publisher = nameOf(item.author);
  if (!publisher) problems.push({ path: at('author'), message: t('optionsIssueReviewAuthor') });
  const url = str(item.url);
  let safeUrl: string | undefined;
  if (!url) problems.push({ path: at('url'), message: t('optionsIssueReviewUrl') });
  else {
    try {
      const u = new URL(url);
      if (u.protocol === 'http:' || u.protocol === 'https:') safeUrl = u.href;
    } catch { /* reported below */ }
    if (!safeUrl) problems.push({ path: at('url'), message: t('optionsIssueHttpUrl') });
  }
  const rawDate = str(item.datePublished);
  const date = rawDate ? (ISO_DAY.exec(rawDate)?.[1] ?? null) : null;
  if (rawDate && !date) problems.push({ path: at('datePublished'), message: t('optionsIssueIsoDate') });
  if (problems.length > before) return null;
  const reviewed = isObject(item.itemReviewed) ? item.itemReviewed : undefined;
  return {
    path: formatPath(path),
    statement: statement!,
    rating: rating!,
    publisher: publisher!,
    url: safeUrl!,
    claimant: nameOf(reviewed?.author),
    date,
    title: str(item.headline) ?? str(item.name) ?? `${publisher}: fact check`,
    explanation: str(ratingObj?.ratingExplanation) ?? str(item.reviewBody) ?? str(item.description),
  };
}

/**
 * The reviews as one pack. Reviews of the same wording (several fact-checkers on
 * one claim) become one claim with every review as a source; it gets a verdict
 * only if every rating maps to the same one.
 */
export function claimReviewsToPack(raw: unknown, opts: { fileName: string; today: string; ui?: UiText }): ClaimReviewResult {
  const { t, locale } = opts.ui ?? englishText;
  const found = findClaimReviews(raw);
  if (found.length === 0) return { ok: false, problems: [{ path: FILE_PATH, message: t('optionsIssueNoReviews') }] };
  if (found.length > MAX_PACK_RECORDS / 2) {
    return { ok: false, problems: [{ path: FILE_PATH, message: t('optionsIssueTooManyReviews', found.length.toLocaleString(locale), (MAX_PACK_RECORDS / 2).toLocaleString(locale)) }] };
  }
  const problems: PackProblem[] = [];
  const reviews = found.map(({ item, path }) => readReview(item, path, problems, t));
  if (problems.length) return { ok: false, problems };

  const groups = new Map<string, Review[]>();
  for (const r of reviews as Review[]) {
    const key = foldString(r.statement);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const claims: NonNullable<PackInput['claims']> = [];
  const sources: NonNullable<PackInput['sources']> = [];
  const claimPaths: string[] = [];
  const seenSources = new Set<string>();
  for (const group of groups.values()) {
    const first = group[0]!;
    const suffix = `${slug(new URL(first.url).hostname.replace(/^www\./, ''), 24)}-${shortHash(first.url)}`;
    const sourceIds: string[] = [];
    for (const r of group) {
      const id = `src-cr-${slug(new URL(r.url).hostname.replace(/^www\./, ''), 24)}-${shortHash(r.url)}`;
      sourceIds.push(id);
      if (seenSources.has(id)) continue;
      seenSources.add(id);
      sources.push({ id, url: r.url, publisher: r.publisher, title: r.title, published: r.date, kind: 'analysis', confidence: 'medium' });
    }
    const verdicts = new Set(group.map((r) => verdictForRating(r.rating)));
    const verdict = verdicts.size === 1 ? [...verdicts][0] : undefined;
    const ratingText = group.length === 1 ? first.rating : group.map((r) => `${r.publisher}: ${r.rating}`).join('; ');
    claims.push({
      id: `clm-cr-${suffix}`,
      statement: first.statement,
      ...(verdict ? { verdict } : {}),
      rating: ratingText.slice(0, 200),
      explanation: group.map((r) => r.explanation).find(Boolean) ?? group.map((r) => `${r.publisher} rated this claim “${r.rating}”.`).join(' '),
      evidence: group.map((r) => `${r.publisher}${r.date ? ` (${r.date})` : ''} rated it “${r.rating}”${r.claimant ? `; the claim was made by ${r.claimant}` : ''}.`),
      sources: [...new Set(sourceIds)],
      aliases: [first.statement],
    });
    claimPaths.push(group.map((r) => r.path).join(', '));
  }
  const publishers = [...new Set((reviews as Review[]).map((r) => r.publisher))];
  const newest = (reviews as Review[]).map((r) => r.date ?? '').reduce((a, b) => (b > a ? b : a), '') || opts.today;
  const base = opts.fileName.replace(/\.[a-z]+$/i, '');
  return {
    ok: true,
    value: {
      claimPaths,
      pack: {
        pack: {
          id: `claimreview-${slug(base, 50)}`,
          title: `Fact checks from ${base}`.slice(0, 200),
          publisher: publishers.join(', ').slice(0, 200),
          version: newest.replace(/-/g, '.'),
          created: opts.today,
        },
        claims,
        sources,
      },
    },
  };
}

/** Problems found in the generated pack, re-pointed at the reviews they came from. */
export function relocateProblems(problems: PackProblem[], imported: ClaimReviewImport): PackProblem[] {
  return problems.map((p) => {
    const m = /^claims\[(\d+)\](.*)$/.exec(p.path);
    const origin = m ? imported.claimPaths[Number(m[1])] : undefined;
    return origin ? { path: origin || FILE_PATH, message: `${m![2] ? `${m![2].replace(/^\./, '')}: ` : ''}${p.message}` } : p;
  });
}

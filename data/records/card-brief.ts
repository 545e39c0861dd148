/**
 * A card's first view: what it is, why it matters (one line), the three most
 * relevant dates and how many sources, in at most CARD_BRIEF_MAX_WORDS words
 * counted over everything the first view shows (kicker, title and verdict
 * included). "More" shows the full record. Pure: tested in Node on every record.
 */
import type { CardData } from '../protocol.ts';
import { englishT, plural, type Translate } from '../i18n.ts';
import { formatDate } from '../format-date.ts';

/** About a Wikipedia page preview: a reader takes it in at a glance. */
export const CARD_BRIEF_MAX_WORDS = 60;
/** Dates the first view lists. */
export const BRIEF_DATES = 3;
/** Each date's label is cut to this many words in the first view. */
const DATE_LABEL_WORDS = 5;
/** The "why it matters" line is one line, about this many words. */
const ROLE_WORDS = 17;
/** A cut goes back to a clause break if that keeps at least this share of the words. */
const CLAUSE_SHARE = 0.6;
/** Below this many words left for the summary, the role line gives way. */
const MIN_LEAD_WORDS = 10;
/** In the first view, a role then and now, and why a claim is outdated, are cut to about this many words each. */
const NOTE_WORDS = 8;

/**
 * What changed after the article for this record, as the card says it: a claim a
 * later event overturned ("Outdated since 20 Jan 2025." why, and the event), an
 * entity's role then and now. Absent unless the card was read against a known date.
 */
export interface TimeNoteTexts {
  outdated?: { since: string; note: string; event: string; title: string };
  roles?: { then: string; now: string };
}

export interface CardBrief {
  lead: string;
  /** The time notes, cut for the first view; `timeNotes()` gives them whole for "More". */
  notes?: TimeNoteTexts;
  role?: string;
  dates: CardData['timeline'];
  sourceLine: string;
  /** Read against the article: "7 developments since 13 Mar 2024", a figure's "then → now", or "Publish date unknown". */
  timeLine?: string;
  /** True when "More" would show something the first view does not. */
  hasMore: boolean;
}

/** Words as a reader counts them: runs of text holding a letter or digit ("·" and "–" are not words). */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

/** The first `max` words of `text`, ending at a sentence when one ends early enough, else with an ellipsis. */
export function clipWords(text: string, max: number): string {
  const sentence = /^(.+?[.!?])(\s|$)/u.exec(text.trim());
  if (sentence && countWords(sentence[1]!) <= max) return sentence[1]!;
  const tokens = text.trim().split(/\s+/);
  if (countWords(text) <= max) return text.trim();
  const out: string[] = [];
  let words = 0;
  /** Tokens up to the last clause break (a comma, a semicolon) seen so far. */
  let clause = 0;
  for (const t of tokens) {
    const isWord = /[\p{L}\p{N}]/u.test(t);
    if (isWord && words === max) break;
    out.push(t);
    if (isWord) words++;
    if (/[,;:]$/u.test(t)) clause = out.length;
  }
  // End at a clause when one ends late enough: "…the 2020 orders…" reads better than "…and of the…".
  const kept = clause >= Math.ceil(out.length * CLAUSE_SHARE) ? out.slice(0, clause) : out;
  return `${kept.join(' ').replace(/[,;:–—-]+$/u, '')}…`;
}

/** Entities list their newest dates; events keep what came just before and after them. */
function pickDates(card: CardData): CardData['timeline'] {
  const dated = card.timeline;
  if (dated.length <= BRIEF_DATES) return dated;
  if (card.type === 'entity') return dated.slice(-BRIEF_DATES);
  const before = dated.filter((t) => t.kind === 'before');
  const after = dated.filter((t) => t.kind !== 'before');
  const fromBefore = Math.min(before.length, Math.max(1, BRIEF_DATES - after.length));
  return [...before.slice(-fromBefore), ...after.slice(0, BRIEF_DATES - fromBefore)];
}

export function sourceLine(card: CardData, t: Translate = englishT, locale?: string): string {
  const n = card.sources.length;
  if (n === 0) return t(card.noSourceFound ? 'cardNoSourceShort' : 'cardNoSourceRecordedShort');
  return plural(t, n, 'cardSourcesOne', 'cardSourcesOther', locale);
}

/** What the first view says about the article's day, if the card was opened on an article. */
export function timeLine(card: CardData, t: Translate = englishT, locale?: string): string | undefined {
  const time = card.time;
  if (!time) return undefined;
  if (time.published === null) return t('cardDateUnknown');
  if (time.thenNow) return `${time.thenNow.then} → ${time.thenNow.now}`;
  const n = time.since.length;
  return n === 0 ? undefined : plural(t, n, 'cardDevelopmentsOne', 'cardDevelopmentsOther', locale, time.publishedLabel ?? '');
}

/** The time notes whole, or each text cut to `clip` words (the first view). */
export function timeNotes(card: CardData, t: Translate = englishT, locale?: string, clip?: number): TimeNoteTexts | undefined {
  const time = card.time;
  if (!time?.published || (!time.outdated && !time.roles)) return undefined;
  const cut = (text: string) => (clip === undefined ? text : clipWords(text, clip));
  /** A cut text ends with "…": the message's own full stop after it would read "…." */
  const end = (said: string) => said.replace(/…[.。]$/u, '…');
  const { outdated, roles } = time;
  return {
    ...(outdated ? {
      outdated: { since: t('cardOutdatedSince', formatDate(outdated.date, outdated.precision, locale)), note: cut(outdated.note), event: outdated.event, title: cut(outdated.title) },
    } : {}),
    ...(roles ? { roles: { then: t('cardRoleThen', formatDate(time.published, 'month', locale), cut(roles.then.text)), now: end(t('cardRoleNow', cut(roles.now.text))) } } : {}),
  };
}

/** Words the time notes show. */
export function noteWords(notes: TimeNoteTexts | undefined): number {
  if (!notes) return 0;
  const o = notes.outdated;
  return (o ? countWords(o.since) + countWords(o.note) + countWords(o.title) : 0) + (notes.roles ? countWords(notes.roles.then) + countWords(notes.roles.now) : 0);
}

export function cardBrief(card: CardData, maxWords = CARD_BRIEF_MAX_WORDS, t: Translate = englishT, locale?: string): CardBrief {
  const sources = sourceLine(card, t, locale);
  const time = timeLine(card, t, locale);
  const notes = timeNotes(card, t, locale, NOTE_WORDS);
  // On an older article the first dates are what happened since it, newest first.
  const picked = card.time?.since.length ? card.time.since.slice(0, BRIEF_DATES) : pickDates(card);
  let dates = picked.map((d) => ({ ...d, label: clipWords(d.label, DATE_LABEL_WORDS) }));
  const base = countWords(card.kicker) + countWords(card.title) + (card.verdict ? countWords(card.verdict.label) : 0) + countWords(sources) + countWords(time ?? '') + noteWords(notes);
  const dateWords = (ds: typeof dates) => ds.reduce((n, d) => n + countWords(d.label) + countWords(d.date ?? ''), 0);
  // Time notes come first; should they leave too little room, the first view lists fewer dates.
  while (dates.length > 1 && base + dateWords(dates) > maxWords) dates = dates.slice(0, -1);
  const fixed = base + dateWords(dates);
  let left = Math.max(0, maxWords - fixed);
  let role: string | undefined;
  if (card.role && left - Math.min(ROLE_WORDS, countWords(card.role)) >= MIN_LEAD_WORDS) {
    role = clipWords(card.role, ROLE_WORDS);
    left -= countWords(role);
  }
  const lead = left > 0 ? clipWords(card.summary, left) : '';
  const hasMore = lead !== card.summary.trim() || role !== card.role || dates.length < card.timeline.length
    || dates.some((d, i) => d.label !== card.timeline[i]?.label) || card.sources.length > 0 || card.evidence.length > 0
    || card.facts.length > 0 || card.history.length > 0 || card.related.length > 0 || (card.time?.since.length ?? 0) > dates.length
    || noteWords(notes) < noteWords(timeNotes(card, t, locale));
  return { lead, ...(notes ? { notes } : {}), ...(role ? { role } : {}), dates, sourceLine: sources, ...(time ? { timeLine: time } : {}), hasMore };
}

/**
 * Builds the flat, text-only view a card renders from one stored record and the
 * records it points at. Pure: the background passes in lookups.
 */
import type { CardData } from '../protocol.ts';
import type { AnyRecord, DatasetMeta, PackHeader, Source } from './schema.ts';
import { formatDate } from '../format-date.ts';
import { englishText, type UiText } from '../i18n.ts';
import { entityKindLabel, verdictText } from './record-text.ts';
import { figureSince, placeAgainst } from './since.ts';
import { outdatedNote, roleThenNow } from './time-notes.ts';

export interface CardLookup {
  record(id: string): AnyRecord | undefined;
  source(id: string): Source | undefined;
  /** Events whose `follows` names this id: what came next. */
  followersOf(id: string): string[];
  meta: DatasetMeta;
  /** The installed pack the record comes from, when it is not the bundled one. */
  pack?: PackHeader;
}

function label(r: AnyRecord): string {
  switch (r.type) {
    case 'entity': return r.name;
    case 'event': return r.title;
    case 'claim': return r.statement;
    case 'figure': return `${r.value}: ${r.measures}`;
  }
}

function links(ids: string[], lookup: CardLookup, locale: string) {
  return ids.flatMap((id) => {
    const r = lookup.record(id);
    if (!r) return [];
    return [{ id, label: label(r), ...(r.type === 'event' ? { date: eventDate(r, locale) } : {}) }];
  });
}

function eventDate(r: Extract<AnyRecord, { type: 'event' }>, locale: string): string {
  const start = formatDate(r.date, r.precision, locale);
  return r.end ? `${start} – ${formatDate(r.end, r.precision, locale)}` : start;
}

type EventRecord = Extract<AnyRecord, { type: 'event' }>;

/**
 * The card's dated links read against the article's day: before, around and
 * since it. Each link whose record is an event is placed by the event's own
 * period; undated links are left out of the split.
 */
export function timeAgainst(card: CardData, r: AnyRecord, lookup: CardLookup, published: string | null, { locale }: UiText = englishText): NonNullable<CardData['time']> {
  if (published === null) return { published: null, before: [], around: [], since: [] };
  const out = { published, publishedLabel: formatDate(published, undefined, locale), before: [] as CardData['timeline'], around: [] as CardData['timeline'], since: [] as CardData['timeline'] };
  const seen = new Set<string>();
  const dated: { link: CardData['timeline'][number]; event: EventRecord }[] = [];
  for (const link of [...card.timeline, ...card.related]) {
    const e = lookup.record(link.id);
    if (e?.type !== 'event' || seen.has(link.id)) continue;
    seen.add(link.id);
    dated.push({ link: { id: link.id, label: label(e), date: eventDate(e, locale) }, event: e });
  }
  dated.sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0));
  for (const { link, event } of dated) out[placeAgainst(event, published)].push(link);
  out.since.reverse(); // newest first: what a reader of an old article most needs
  if (r.type === 'claim' && r.outdatedBy) {
    const e = lookup.record(r.outdatedBy.event);
    const outdated = outdatedNote(r.outdatedBy, e?.type === 'event' ? e : undefined, published);
    if (outdated) return { ...out, outdated };
  }
  if (r.type === 'entity') {
    const roles = roleThenNow(r.roles, published);
    if (roles) return { ...out, roles };
  }
  if (r.type === 'figure') {
    const tn = figureSince(r, published);
    if (tn) {
      const note = tn.now.note && tn.now.note.length <= 40 ? `, ${tn.now.note}` : ''; // a short qualifier ("self-reported"), not a paragraph
      return { ...out, thenNow: { then: `${tn.then.value} (${formatDate(tn.then.date, undefined, locale)})`, now: `${tn.now.value} (${formatDate(tn.now.date, undefined, locale)}${note})` } };
    }
  }
  return out;
}

/**
 * The card, and when it was asked for from a page, read against that page's date (undefined: not from a page).
 * `text` is the reader's language: the labels it writes (kicker, facts, verdict) and its dates.
 */
export function buildCardData(r: AnyRecord, lookup: CardLookup, published?: string | null, text: UiText = englishText): CardData {
  const card = buildPlainCard(r, lookup, text);
  return published === undefined ? card : { ...card, time: timeAgainst(card, r, lookup, published, text) };
}

function buildPlainCard(r: AnyRecord, lookup: CardLookup, { t, locale }: UiText): CardData {
  const sources = r.sources.flatMap((id) => {
    const s = lookup.source(id);
    return s ? [{ url: s.url, publisher: s.publisher, via: s.via, title: s.title, published: s.published, kind: s.kind, confidence: s.confidence }] : [];
  });
  const base = {
    id: r.id,
    type: r.type,
    sources,
    noSourceFound: r.type === 'claim' ? r.noSourceFound : false,
    confidence: r.confidence,
    dataset: { version: lookup.meta.version, lastReviewed: lookup.meta.lastReviewed },
    ...(lookup.pack
      ? { pack: { title: lookup.pack.title, publisher: lookup.pack.publisher, version: lookup.pack.version, created: lookup.pack.created } }
      : {}),
    evidence: [] as string[],
    facts: [] as { label: string; value: string }[],
    timeline: [] as CardData['timeline'],
    related: [] as CardData['related'],
    history: [] as CardData['history'],
  };
  switch (r.type) {
    case 'entity': {
      const byDate = (id: string) => { const e = lookup.record(id); return e?.type === 'event' ? e.date : ''; };
      const timeline = links([...r.related].sort((a, b) => (byDate(a) < byDate(b) ? -1 : 1)), lookup, locale);
      return { ...base, title: r.name, kicker: entityKindLabel(r.kind, t), summary: r.summary, role: r.role, timeline };
    }
    case 'event':
      return {
        ...base,
        title: r.title,
        kicker: t('cardKickerEvent', eventDate(r, locale)),
        summary: r.summary,
        facts: [{ label: t('cardFactWhen'), value: eventDate(r, locale) }],
        timeline: [
          ...links(r.follows, lookup, locale).map((l) => ({ ...l, kind: 'before' as const, label: t('cardLinkBefore', l.label) })),
          ...links(r.supersedes, lookup, locale).map((l) => ({ ...l, kind: 'replaces' as const, label: t('cardLinkReplaces', l.label) })),
          ...links(lookup.followersOf(r.id), lookup, locale).map((l) => ({ ...l, kind: 'after' as const, label: t('cardLinkAfter', l.label) })),
        ],
        related: links(r.entities, lookup, locale),
      };
    case 'claim': {
      const v = r.verdict && verdictText(r.verdict, t);
      return {
        ...base,
        title: r.statement,
        kicker: t('cardKickerClaim'),
        summary: r.explanation,
        verdict: v ? { key: r.verdict!, ...v } : { key: 'as-rated', label: r.rating ?? '', definition: t('cardAsRatedDefinition') },
        facts: v && r.rating ? [{ label: t('cardFactRating'), value: r.rating }] : [],
        evidence: r.evidence,
      };
    }
    case 'figure':
      return {
        ...base,
        title: r.value,
        kicker: t('cardKickerFigure'),
        summary: r.measures,
        facts: [
          { label: t('cardFactAsOf'), value: formatDate(r.asOf, undefined, locale) },
          { label: t('cardFactWhoSays'), value: r.claimedBy },
          ...(r.note ? [{ label: t('cardFactNote'), value: r.note }] : []),
        ],
        history: r.history.map((h) => ({ date: formatDate(h.date, undefined, locale), value: h.value, note: h.note })),
      };
  }
}

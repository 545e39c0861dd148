/**
 * "On this page": what the side panel shows for one tab, built from what the
 * tab's content script found there (record ids with their mention counts) and
 * the stored records. Pure: the background passes in a record lookup.
 *
 * Claims come first, then people and organisations, then the page's events as a
 * timeline in date order (with the article's own day marked, when the page says
 * it), then figures. Every entry carries its count on the page.
 */
import type { Layer } from '../layers.ts';
import { formatDate } from '../format-date.ts';
import { englishText, type MessageKey, type UiText } from '../i18n.ts';
import { placeAgainst, type Placement } from './since.ts';
import type { AnyRecord, TimelineEvent } from './schema.ts';
import { entityKindLabel, verdictText } from './record-text.ts';

/** One record the page mentions, as the content script reports it. */
export interface FoundRecord {
  id: string;
  layer: Layer;
  /** Every mention on the page, marked or not. */
  count: number;
}

export interface PanelEntry {
  id: string;
  layer: Layer;
  title: string;
  /** A second line: an entity's kind, a claim's verdict, a figure's measure and date. */
  detail: string;
  count: number;
  verdict?: { key: string; label: string };
}

export type TimelineItem =
  | { kind: 'event'; id: string; title: string; date: string; dateLabel: string; count: number; placement?: Placement }
  | { kind: 'article'; date: string; dateLabel: string };

export interface PanelGroup {
  layer: Exclude<Layer, 'timeline'>;
  label: string;
  /** Mentions of the group's records on the page. */
  count: number;
  entries: PanelEntry[];
}

export interface PanelView {
  groups: PanelGroup[];
  /** The page's events in date order, with the article marked among them. */
  timeline: TimelineItem[];
  /** Mentions of events on the page. */
  timelineCount: number;
  /** The whole story: every event in the data, in date order, with its count on this page (0 when absent). */
  story: TimelineItem[];
  /** The article's day, when the page says it. */
  published: string | null;
}

const GROUP_ORDER: readonly (readonly [PanelGroup['layer'], MessageKey])[] = [
  ['claims', 'panelGroupClaims'],
  ['entities', 'panelGroupEntities'],
  ['figures', 'panelGroupFigures'],
];

function entryOf(r: AnyRecord, count: number, { t, locale }: UiText): PanelEntry | null {
  switch (r.type) {
    case 'entity':
      return { id: r.id, layer: 'entities', title: r.name, detail: entityKindLabel(r.kind, t), count };
    case 'claim': {
      const verdict = r.verdict ? { key: r.verdict, label: verdictText(r.verdict, t).label } : { key: 'as-rated', label: r.rating ?? t('panelNotRated') };
      return { id: r.id, layer: 'claims', title: r.statement, detail: verdict.label, count, verdict };
    }
    case 'figure':
      return { id: r.id, layer: 'figures', title: r.value, detail: t('panelFigureDetail', r.measures, formatDate(r.asOf, undefined, locale)), count };
    case 'event':
      return null;
  }
}

const eventLabel = (e: TimelineEvent, locale: string) =>
  (e.end ? `${formatDate(e.date, e.precision, locale)} – ${formatDate(e.end, e.precision, locale)}` : formatDate(e.date, e.precision, locale));

function eventItem(e: TimelineEvent, count: number, published: string | null, locale: string): TimelineItem {
  return {
    kind: 'event',
    id: e.id,
    title: e.title,
    date: e.date,
    dateLabel: eventLabel(e, locale),
    count,
    ...(published ? { placement: placeAgainst(e, published) } : {}),
  };
}

/** Events by date, then title; the article goes after every event that is not since it. */
function chronological(events: TimelineItem[], published: string | null, locale: string): TimelineItem[] {
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : titleOf(a).localeCompare(titleOf(b))));
  if (!published) return sorted;
  const article: TimelineItem = { kind: 'article', date: published, dateLabel: formatDate(published, undefined, locale) };
  const at = sorted.findIndex((i) => i.kind === 'event' && i.placement === 'since');
  return at < 0 ? [...sorted, article] : [...sorted.slice(0, at), article, ...sorted.slice(at)];
}

const titleOf = (i: TimelineItem) => (i.kind === 'event' ? i.title : '');

/**
 * The panel's view of a page. Records the lookup does not know (removed by a
 * pack since the page was read) are left out rather than shown half-empty.
 * `text` is the reader's language, for the labels and dates the view carries.
 */
export function buildPanelView(
  found: readonly FoundRecord[],
  lookup: (id: string) => AnyRecord | undefined,
  allEvents: readonly TimelineEvent[],
  published: string | null,
  text: UiText = englishText,
): PanelView {
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.id, (counts.get(f.id) ?? 0) + f.count);
  const entries: PanelEntry[] = [];
  const events: TimelineItem[] = [];
  let timelineCount = 0;
  for (const [id, count] of counts) {
    const r = lookup(id);
    if (!r) continue;
    if (r.type === 'event') {
      events.push(eventItem(r, count, published, text.locale));
      timelineCount += count;
    } else {
      const entry = entryOf(r, count, text);
      if (entry) entries.push(entry);
    }
  }
  const groups = GROUP_ORDER.map(([layer, label]) => {
    const mine = entries.filter((e) => e.layer === layer).sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
    return { layer, label: text.t(label), count: mine.reduce((n, e) => n + e.count, 0), entries: mine };
  });
  const story = allEvents.map((e) => eventItem(e, counts.get(e.id) ?? 0, published, text.locale));
  return { groups, timeline: chronological(events, published, text.locale), timelineCount, story: chronological(story, published, text.locale), published };
}

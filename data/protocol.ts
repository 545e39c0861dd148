/**
 * The message protocol between Backstory's contexts, declared once. Schemas use
 * zod/mini so the content script can validate what arrives without carrying full
 * zod. Every handler answers a Result instead of throwing across contexts.
 */
import * as z from 'zod/mini';
import { LAYERS } from './layers.ts';
import { MAX_PACK_BYTES } from './records/pack-limits.ts';
import type { ImportCheck } from './records/pack-import.ts';
import type { PackHeader } from './records/schema.ts';
import type { PanelView } from './records/panel-view.ts';
import type { SearchHit } from './records/search.ts';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const layer = z.enum(LAYERS);

/** More highlights than any page could carry: a count past it is a forged message, not a page. */
export const MAX_COUNT = 1_000_000;
/** Longer than any URL a browser keeps in its address bar history. */
export const MAX_URL_LENGTH = 8192;
/** A plain-text field of a card or a message: bounded, so one message cannot carry megabytes. */
const MAX_TEXT = 20_000;

/** A finite, non-negative whole number (no -1, 0.5, 1e308, NaN or Infinity). */
const count = z.int().check(z.minimum(0), z.maximum(MAX_COUNT));
const str = (max = MAX_TEXT) => z.string().check(z.maxLength(max));
const countsSchema = z.strictObject({ entities: count, timeline: count, claims: count, figures: count });

/**
 * The installed packs' terms, all a page needs beyond its precompiled bundled
 * matcher. Strict: an unknown key is an error, not silently carried into the page.
 */
export const packTermsSchema = z.strictObject({
  /** The merged data's label (bundled version plus each pack's id@version). */
  revision: z.string(),
  terms: z.array(
    z.strictObject({
      key: z.string().check(z.minLength(1), z.maxLength(500)),
      id: z.string().check(z.maxLength(200)),
      layer,
      exact: z.optional(z.string()),
      context: z.optional(z.array(z.string())),
    }),
  ),
  cues: z.array(z.strictObject({ id: z.string(), layer, groups: z.array(z.array(z.string())) })),
  /** Bundled record ids the packs replace: their bundled spellings stop matching. */
  replaced: z.array(z.string()),
});
export type PackTermsAnswer = z.infer<typeof packTermsSchema>;

const sourceView = z.strictObject({
  url: str(MAX_URL_LENGTH),
  publisher: str(),
  via: z.optional(str()),
  title: str(),
  published: z.nullable(str()),
  kind: str(),
  confidence: str(),
});

/**
 * A linked record. On an event card, `kind` says how the linked event stands to it:
 * the one it follows, the one it replaces, or one that came after it. The first
 * view picks its dates by this, never by the (translated) label.
 */
const link = z.strictObject({ id: str(), label: str(), date: z.optional(str()), kind: z.optional(z.enum(['before', 'replaces', 'after'])) });

/** What a card shows: a flat view of one record, every field plain text. */
export const cardDataSchema = z.strictObject({
  id: str(),
  type: z.enum(['entity', 'event', 'claim', 'figure']),
  title: str(),
  kicker: str(),
  summary: str(),
  role: z.optional(str()),
  verdict: z.optional(z.strictObject({ key: str(), label: str(), definition: str() })),
  evidence: z.array(str()),
  facts: z.array(z.strictObject({ label: str(), value: str() })),
  timeline: z.array(link),
  related: z.array(link),
  history: z.array(z.strictObject({ date: str(), value: str(), note: z.optional(str()) })),
  sources: z.array(sourceView),
  noSourceFound: z.boolean(),
  confidence: z.optional(str()),
  dataset: z.strictObject({ version: str(), lastReviewed: str() }),
  /** Set when the record comes from an installed context pack. */
  pack: z.optional(z.strictObject({ title: str(), publisher: str(), version: str(), created: str() })),
  /**
   * The card read against the article it was opened on: set when the card was asked for from a page.
   * `published` null means the page gave no date; then nothing is split and nothing is guessed.
   */
  time: z.optional(
    z.strictObject({
      published: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
      publishedLabel: z.optional(str()),
      /** Oldest first. */
      before: z.array(link),
      /** Events whose dates overlap the article's day (a year-only "2024" for an article of March 2024). */
      around: z.array(link),
      /** Newest first. */
      since: z.array(link),
      /** A figure's value as the article would have quoted it, and the newer one that replaced it. */
      thenNow: z.optional(z.strictObject({ then: str(), now: str() })),
      /** A claim a later event overturned: that event (ISO date, formatted on render) and why. */
      outdated: z.optional(
        z.strictObject({ event: str(), date: str(), precision: z.enum(['day', 'month', 'year']), title: str(), note: str() }),
      ),
      /** An entity's role on the article's day and now, when it has changed since. */
      roles: z.optional(
        z.strictObject({ then: z.strictObject({ text: str(), from: str() }), now: z.strictObject({ text: str(), from: str() }) }),
      ),
    }),
  ),
});
export type CardData = z.infer<typeof cardDataSchema>;

/**
 * What the content script knows of its page: `quiet` when the cheap gate found no
 * mention of the topic, `passing` when it is mentioned but the main content is
 * not coverage, `coverage` when Backstory annotates it, `off` when the reader
 * switched Backstory off for the site or paused it everywhere.
 */
export const pageStateSchema = z.strictObject({
  url: str(MAX_URL_LENGTH),
  status: z.enum(['quiet', 'passing', 'coverage', 'off']),
  counts: countsSchema,
  /** When the article was published, on coverage pages; null when the page does not say. */
  published: z.optional(
    z.nullable(
      z.strictObject({
        date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
        source: z.enum(['json-ld', 'meta', 'time', 'url']),
        detail: str(100),
        confidence: z.enum(['high', 'medium', 'low']),
      }),
    ),
  ),
  /** The reader's own date for this page (data/date-override.ts), which cards use instead of `published`. */
  correctedDate: z.optional(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))),
});
export type PageState = z.infer<typeof pageStateSchema>;

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const publishedSource = z.enum(['json-ld', 'meta', 'time', 'url', 'reader']);
const recordId = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * What a coverage page's content script found: each record with its number of
 * mentions on the page (marked or not). An empty list says "nothing here now"
 * (the article went, or the reader switched Backstory off). Pages that are not
 * coverage send nothing.
 */
export const pageReportSchema = z.strictObject({
  url: z.string().check(z.maxLength(4096)),
  published: z.nullable(isoDay),
  /** How `published` was found: from the page (data/match/article-date.ts) or the reader's correction. */
  publishedSource: z.optional(publishedSource),
  found: z.array(z.strictObject({ id: recordId, layer, count: z.int().check(z.gte(1)) })).check(z.maxLength(5000)),
});
export type PageReport = z.infer<typeof pageReportSchema>;

/** The storage.session key of a tab's report: the background writes it, the side panel watches it to follow rescans. */
export const tabReportKey = (tabId: number) => `backstory:tab:${tabId}`;

const timelineItem = z.union([
  z.strictObject({
    kind: z.literal('event'),
    id: recordId,
    title: z.string(),
    date: z.string(),
    dateLabel: z.string(),
    count: z.int().check(z.gte(0)),
    placement: z.optional(z.enum(['before', 'around', 'since'])),
  }),
  z.strictObject({ kind: z.literal('article'), date: isoDay, dateLabel: z.string() }),
]);

/** The side panel's view of one tab, as the background answers it (checked before it leaves). */
export const panelAnswerSchema = z.strictObject({
  tabId: z.int(),
  /** null: the tab has reported nothing (not coverage, not yet read, or no content script). */
  page: z.nullable(
    z.strictObject({
      url: z.string(),
      publishedSource: z.optional(publishedSource),
      view: z.strictObject({
        groups: z.array(
          z.strictObject({
            layer: z.enum(['claims', 'entities', 'figures']),
            label: z.string(),
            count: z.int().check(z.gte(0)),
            entries: z.array(
              z.strictObject({
                id: recordId,
                layer,
                title: z.string(),
                detail: z.string(),
                count: z.int().check(z.gte(1)),
                verdict: z.optional(z.strictObject({ key: z.string(), label: z.string() })),
              }),
            ),
          }),
        ),
        timeline: z.array(timelineItem),
        timelineCount: z.int().check(z.gte(0)),
        story: z.array(timelineItem),
        published: z.nullable(isoDay),
      }),
    }),
  ),
});
export type PanelAnswer = { tabId: number; page: null | { url: string; publishedSource?: z.infer<typeof publishedSource>; view: PanelView } };

export const SEARCH_QUERY_MAX = 200;
/** At most this many search results come back, best first. */
export const SEARCH_LIMIT = 20;

export const searchHitsSchema = z.array(
  z.strictObject({
    id: recordId,
    type: z.enum(['entity', 'event', 'claim', 'figure']),
    layer,
    title: z.string(),
    detail: z.string(),
    matched: z.optional(z.string()),
  }),
);

/** Request payload schemas, checked by the background on arrival. */
export const requestSchemas = {
  getPackTerms: z.undefined(),
  // A record id's own shape (ent-…, clm-…): never `constructor` or `__proto__`, which plain-object lookups would find.
  repairData: z.undefined(),
  getCard: z.strictObject({
    id: z.string().check(z.maxLength(200), z.regex(/^[a-z]{3}-[a-z0-9]+(?:-[a-z0-9]+)*$/)),
    /** The article's day, when the card is opened on a page: undefined elsewhere (side panel search), null when the page gives none. */
    published: z.optional(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))),
  }),
  reportPage: pageStateSchema,
  getPageState: z.undefined(),
  getInstalled: z.undefined(),
  checkImport: importRequest(),
  applyImport: importRequest(),
  removePack: z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(64)) }),
  exportData: z.undefined(),
  reportFound: pageReportSchema,
  getPanel: z.strictObject({ tabId: z.int().check(z.gte(0)) }),
  searchRecords: z.strictObject({ query: z.string().check(z.maxLength(SEARCH_QUERY_MAX)) }),
};

function importRequest() {
  return z.strictObject({ text: z.string().check(z.maxLength(MAX_PACK_BYTES)), fileName: z.string().check(z.maxLength(255)) });
}

/** One installed pack as the options page lists it. */
export interface InstalledPack extends PackHeader {
  /** ISO timestamp of installation. */
  installed: string;
  counts: { entities: number; events: number; claims: number; figures: number; sources: number };
}

/** What is installed: the bundled dataset and each pack. */
export interface InstalledData {
  bundled: { version: string; lastReviewed: string; title: string };
  packs: InstalledPack[];
}

export type ImportRequest = { text: string; fileName: string };

/** Content script → background. */
export interface ContentToBackground {
  /** Only sent when storage.local says packs are installed (PACKS_KEY): the bundled terms ship precompiled. */
  getPackTerms(): Result<PackTermsAnswer>;
  getCard(data: { id: string; published?: string | null }): Result<CardData>;
  /** Sets the toolbar badge; only sent for coverage pages. */
  reportPage(data: PageState): Result<null>;
  /** The card's Repair action: re-seed the stored data from the bundled dataset and the installed packs. */
  repairData(): Result<null>;
  /** What a coverage page found, for the side panel; kept per tab until it navigates or closes. */
  reportFound(data: PageReport): Result<null>;
}

/** The side panel → background. Refused from content scripts: a page may not read another tab's report. */
export interface PanelToBackground {
  getPanel(data: { tabId: number }): Result<PanelAnswer>;
  searchRecords(data: { query: string }): Result<SearchHit[]>;
}

/**
 * The side panel and the background (commands) → a tab's content script. The
 * content script checks the sender and the payload's shape by hand (no zod in the page).
 */
export interface ExtensionToContent {
  /** Scrolls to the record's next mention (document order, wrapping), flashes it and opens its card. */
  flashMention(data: { id: string }): Result<{ index: number; total: number }>;
  /** Opens the next (+1) or previous (-1) annotation's card: the Alt+Shift+N / Alt+Shift+P commands. */
  stepCard(data: { step: 1 | -1 }): Result<null>;
}

/** Popup → the content script of the active tab. */
export interface PopupToContent {
  getPageState(): Result<PageState>;
}

/** The options page (and, read-only, the popup) → background. Changes are accepted only from the options page. */
export interface OptionsToBackground {
  getInstalled(): Result<InstalledData>;
  /** Validates a file and says what it would change; stores nothing. */
  checkImport(data: ImportRequest): Result<ImportCheck>;
  /** Validates again and, only if valid, installs it in one transaction. */
  applyImport(data: ImportRequest): Result<{ check: ImportCheck; installed: InstalledData }>;
  removePack(data: { id: string }): Result<InstalledData>;
  /** The merged data as a pack file. */
  exportData(): Result<{ fileName: string; text: string }>;
}

export type ProtocolMap = ContentToBackground & PopupToContent & OptionsToBackground & PanelToBackground & ExtensionToContent;

/**
 * The side panel's requests, and the content script's report of what it found.
 * A report is accepted only from a content script (it names its own tab); the
 * panel's reads only from Backstory's own pages, never from a content script, so
 * no page can read what another tab holds. Payloads are parsed on arrival and
 * answers before they leave.
 */
import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { panelAnswerSchema, requestSchemas, searchHitsSchema, type PanelAnswer, type Result } from '../../data/protocol.ts';
import { buildPanelView } from '../../data/records/panel-view.ts';
import type { AnyRecord, TimelineEvent } from '../../data/records/schema.ts';
import { buildSearchIndex, searchRecords } from '../../data/records/search.ts';
import { englishText, type UiText } from '../../data/i18n.ts';
import type { BackstoryDatabase } from './database.ts';
import { isOwnSender } from './handlers.ts';
import { onMessage } from './messaging.ts';
import type { TabReports } from './tab-reports.ts';

export type Sender = { id?: string; url?: string; tab?: { id?: number } };

/** A page of this extension (the side panel, the popup), not a content script in a web page. */
export function isExtensionPage(sender: Sender, origin: string = browser.runtime.getURL('/'), ownId: string = browser.runtime.id): boolean {
  return isOwnSender(sender, ownId) && typeof sender.url === 'string' && sender.url.startsWith(origin);
}

function parse<T>(schema: z.ZodMiniType<T>, data: unknown): Result<T> {
  const parsed = schema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: `Malformed request: ${parsed.error.message}` };
}

function outgoing<T>(schema: z.ZodMiniType<T>, value: unknown): Result<T> {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: `Stored data is malformed: ${parsed.error.message}` };
}

export interface PanelDeps {
  getDb(): Promise<BackstoryDatabase>;
  reports: TabReports;
  /** For tests: who counts as Backstory. */
  isOwn?(sender: Sender): boolean;
  isPage?(sender: Sender): boolean;
  /** The reader's language for group labels, details and dates (English when absent). */
  ui?: UiText;
}

export function panelHandlers(deps: PanelDeps) {
  const own = deps.isOwn ?? ((s: Sender) => isOwnSender(s));
  const page = deps.isPage ?? ((s: Sender) => isExtensionPage(s));
  const ui = deps.ui ?? englishText;
  const REFUSED = { ok: false, error: 'Refused: only Backstory’s own pages may ask.' } as const;

  return {
    async reportFound(data: unknown, sender: Sender): Promise<Result<null>> {
      const tabId = sender.tab?.id;
      if (!own(sender) || page(sender) || tabId === undefined) return { ok: false, error: 'Refused: reportFound is only for content scripts.' };
      const req = parse(requestSchemas.reportFound, data);
      if (!req.ok) return req;
      await deps.reports.set(tabId, req.value);
      return { ok: true, value: null };
    },

    async getPanel(data: unknown, sender: Sender): Promise<Result<PanelAnswer>> {
      if (!page(sender)) return REFUSED;
      const req = parse(requestSchemas.getPanel, data);
      if (!req.ok) return req;
      const { tabId } = req.value;
      const stored = await deps.reports.get(tabId);
      const report = stored && requestSchemas.reportFound.safeParse(stored);
      if (!report?.success) return { ok: true, value: { tabId, page: null } };
      const db = await deps.getDb();
      const ids = [...new Set(report.data.found.map((f) => f.id))];
      const records = new Map((await db.records.bulkGet(ids)).flatMap((r) => (r ? [[r.id, r] as const] : [])));
      const events = (await db.records.where('type').equals('event').toArray()) as (AnyRecord & TimelineEvent)[];
      const view = buildPanelView(report.data.found, (id) => records.get(id), events, report.data.published, ui);
      return outgoing(panelAnswerSchema, { tabId, page: { url: report.data.url, ...(report.data.publishedSource ? { publishedSource: report.data.publishedSource } : {}), view } }) as Result<PanelAnswer>;
    },

    async searchRecords(data: unknown, sender: Sender) {
      if (!page(sender)) return REFUSED;
      const req = parse(requestSchemas.searchRecords, data);
      if (!req.ok) return req;
      const index = buildSearchIndex(await (await deps.getDb()).records.toArray(), ui);
      return outgoing(searchHitsSchema, searchRecords(index, req.value.query));
    },
  };
}

export function registerPanelHandlers(deps: PanelDeps) {
  const h = panelHandlers(deps);
  onMessage('reportFound', ({ data, sender }) => h.reportFound(data, sender));
  onMessage('getPanel', ({ data, sender }) => h.getPanel(data, sender));
  onMessage('searchRecords', ({ data, sender }) => h.searchRecords(data, sender));
}

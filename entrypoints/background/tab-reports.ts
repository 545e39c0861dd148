/**
 * What each tab's content script found on its page, for the side panel. Kept in
 * memory and mirrored to storage.session (the worker may be stopped between a
 * page's report and the panel's question; session storage lives as long as the
 * browser and is never written to disk). A report goes when its tab navigates
 * or closes, and when the page says it has nothing any more.
 */
import { tabReportKey, type PageReport } from '../../data/protocol.ts';

/** The part of a storage area this needs: storage.session, or a Map in tests. */
export interface ReportArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export { tabReportKey };

export interface TabReports {
  set(tabId: number, report: PageReport): Promise<void>;
  get(tabId: number): Promise<PageReport | undefined>;
  clear(tabId: number): Promise<void>;
}

export function createTabReports(area: ReportArea | undefined): TabReports {
  const memory = new Map<number, PageReport>();
  return {
    async set(tabId, report) {
      if (report.found.length === 0) return this.clear(tabId);
      memory.set(tabId, report);
      await area?.set({ [tabReportKey(tabId)]: report });
    },
    async get(tabId) {
      const held = memory.get(tabId);
      if (held || !area) return held;
      // A restarted worker: session storage still has it (validated again by the caller's schema).
      const stored = (await area.get(tabReportKey(tabId)))[tabReportKey(tabId)] as PageReport | undefined;
      if (stored) memory.set(tabId, stored);
      return stored;
    },
    async clear(tabId) {
      const had = memory.delete(tabId);
      if (area && (had || (await area.get(tabReportKey(tabId)))[tabReportKey(tabId)] !== undefined)) await area.remove(tabReportKey(tabId));
    },
  };
}

interface TabEvents {
  onRemoved: { addListener(fn: (tabId: number) => void): void };
  onUpdated: { addListener(fn: (tabId: number, change: { status?: string }) => void): void };
}

/** Forgets a tab's report when it closes or starts loading another page (a reload included). */
export function clearOnNavigation(reports: TabReports, tabs: TabEvents) {
  tabs.onRemoved.addListener((tabId) => void reports.clear(tabId));
  tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void reports.clear(tabId);
  });
}

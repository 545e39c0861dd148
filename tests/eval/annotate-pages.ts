/**
 * Loads pages in Chromium with the built extension and reports what Backstory
 * did on each: whether it annotated, how many highlights, and any highlight that
 * fell outside the allowed part of the page. Shared by the e2e corpus tests and
 * `npm run eval:pages`, so both judge pages the same way.
 */
import type { Page } from 'playwright-core';

export interface PageOutcome {
  url: string;
  annotated: boolean;
  highlights: number;
  /** Text of highlights outside the allowed selectors (page chrome). */
  outside: string[];
  /** The content script's phases, for diagnosing a miss. */
  phases: string[];
}

/** Waits until the content script's first pass on the page has finished, however it ended (`backstory:pass`). */
export async function waitForFirstPass(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('backstory:pass').length > 0, undefined, { timeout, polling: 50 });
}

/** Opens `url` and reports the outcome; highlights must lie inside one of `allowed` (CSS selectors). */
export async function annotateOne(page: Page, url: string, allowed: string[]): Promise<PageOutcome> {
  await page.goto(url, { waitUntil: 'load' });
  await waitForFirstPass(page);
  return page.evaluate(
    ({ url, allowed }) => {
      const zones = allowed.map((s) => document.querySelector(s)).filter((e): e is Element => e !== null);
      const outside: string[] = [];
      let highlights = 0;
      for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
        if (!name.startsWith('backstory-')) continue;
        for (const r of hl) {
          highlights++;
          if (!zones.some((z) => z.contains(r.startContainer) && z.contains(r.endContainer))) {
            outside.push(`${name}: ${(r.startContainer.textContent ?? '').slice(r.startOffset, r.startOffset + 40)}`);
          }
        }
      }
      const phases = performance.getEntriesByType('measure').map((m) => m.name).filter((n) => n.startsWith('backstory:'));
      return { url, annotated: highlights > 0, highlights, outside, phases };
    },
    { url, allowed },
  );
}

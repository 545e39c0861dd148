/**
 * End-to-end harness: Debian's Chromium (never a downloaded browser) driven by
 * playwright-core, with the built extension loaded the way a user side-loads it.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium found: run `apt-get install -y chromium` or set CHROMIUM_PATH.');
  return found;
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(opts: { headless?: boolean; extensionDir?: string } = {}): Promise<Session> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run \`npm run build\`.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'backstory-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Every painted highlight, read from the page's own world: layer → the text of each range. */
export async function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, hl] of CSS.highlights as unknown as Map<string, Highlight>) {
      out[name] = [...(hl as unknown as Set<AbstractRange>)].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      });
    }
    return out;
  });
}

/** Highlight ranges whose text sits outside `selector` (chrome a highlight must never touch). */
export async function highlightsOutside(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const allowed = document.querySelector(sel);
    const bad: string[] = [];
    for (const [, hl] of CSS.highlights as unknown as Map<string, Highlight>) {
      for (const r of hl as unknown as Set<AbstractRange>) {
        if (!allowed || !allowed.contains(r.startContainer) || !allowed.contains(r.endContainer)) {
          bad.push(r.startContainer.textContent?.slice(0, 60) ?? '?');
        }
      }
    }
    return bad;
  }, selector);
}

/** Waits until Backstory has painted at least `min` ranges, or fails with what it saw. */
export async function waitForHighlights(page: Page, min = 1, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (n) => {
      let total = 0;
      for (const [name, hl] of CSS.highlights as unknown as Map<string, Highlight>) {
        if (name.startsWith('backstory-')) total += (hl as unknown as Set<unknown>).size;
      }
      return total >= n;
    },
    min,
    { timeout },
  );
}

/** The page's DOM outside Backstory's UI host, serialised: must be identical with and without Backstory. */
export async function domOutsideHost(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('backstory-ui').forEach((el) => el.remove());
    return clone.outerHTML;
  });
}

/**
 * Hostile pages, the page-pass half (issue 10.1, 10.7, 10.8): pages that never
 * stop changing, pages without a body, a 2 MB paragraph, 50,000 paragraphs.
 * Each case is a real article page (tests/fixtures/pages) with the hostile
 * behaviour added by the test, or a generated page of the same article text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, FIXTURE_PAGES, highlightCount, highlightedTexts, pointOfHighlight, startHarness, waitForHighlights, type Harness } from './browser.ts';

let h: Harness;
let generated: string;

const SENTENCES = [
  'ByteDance, the Beijing company that owns TikTok, faced a deadline to sell the app under the divest-or-ban law.',
  'Shou Zi Chew told Congress that TikTok had about 170 million American users.',
  'Oracle stores American user data and reviews the recommendation algorithm, the Commerce Department said.',
  'China added recommendation algorithms to its export-control list, complicating any sale of TikTok.',
];
const article = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TikTok, ByteDance and the divest-or-ban law</title></head>` +
  `<body><header id="masthead"><a href="/">The Daily</a> <span id="clock">00:00:00</span></header>` +
  `<main><article id="story"><h1>TikTok and ByteDance: the deadline</h1>${body}</article></main>` +
  `<footer>© The Daily</footer></body></html>`;

beforeAll(async () => {
  generated = mkdtempSync(join(tmpdir(), 'backstory-hostile-'));
  // One 2 MB paragraph: no block break anywhere, the names spread through it.
  let giant = '';
  for (let i = 0; giant.length < 2_000_000; i++) giant += `${SENTENCES[i % SENTENCES.length]} `;
  writeFileSync(join(generated, 'giant-paragraph.html'), article(`<p>${giant}</p><p id="last">The last line names Shou Zi Chew once more.</p>`));
  const fiveThousand = Array.from({ length: 5_000 }, (_, i) => `<p>${SENTENCES[i % SENTENCES.length]}</p>`).join('');
  writeFileSync(
    join(generated, 'ticker-5000.html'),
    article(fiveThousand).replace(
      '</body>',
      `<script>addEventListener('load', () => { const ps = document.querySelectorAll('article p'); let i = 0; ` +
        `setInterval(() => { ps[(i++ * 37) % ps.length].textContent += ' Update ' + i + '.'; }, 500); });</script></body>`,
    ),
  );
  const many = Array.from({ length: 50_000 }, (_, i) => `<p>${SENTENCES[i % SENTENCES.length]}</p>`).join('');
  writeFileSync(join(generated, 'many-paragraphs.html'), article(many));
  // A document with no body at all (the parser makes one; the page removes it at once) until a script builds one.
  writeFileSync(
    join(generated, 'no-body.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TikTok and ByteDance: the deadline</title>` +
      `<script>document.addEventListener('DOMContentLoaded', () => document.body.remove());\n` +
      `setTimeout(() => { const b = document.createElement('body'); b.innerHTML = ${JSON.stringify(
        `<main><article><h1>TikTok and ByteDance</h1>${SENTENCES.map((s) => `<p>${s}</p>`).join('')}</article></main>`,
      )}; document.documentElement.append(b); }, 2500);</script></head></html>`,
  );
  h = await startHarness({ '/pages/': FIXTURE_PAGES, '/gen/': generated });
}, 60_000);
afterAll(async () => {
  await h?.close();
  rmSync(generated, { recursive: true, force: true });
});

const passes = (page: Page) => page.evaluate(() => performance.getEntriesByName('backstory:pass').length);
const cardOpen = (page: Page) => page.locator('[role="dialog"]').count();

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

describe('a page that never stops changing', () => {
  it('keeps the card open and makes no pass while a clock ticks in the header', async () => {
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/pages/seed-001.html'));
    await waitForHighlights(page, 3);
    await page.evaluate(() => {
      const clock = document.createElement('span');
      document.body.prepend(clock);
      setInterval(() => (clock.textContent = new Date().toISOString()), 50);
    });
    const { x, y } = await pointOfHighlight(page, 'backstory-entities', 'ByteDance');
    await page.mouse.click(x, y);
    await page.locator('[role="dialog"]').first().waitFor();
    const before = await passes(page);
    await page.waitForTimeout(3000);
    expect(await cardOpen(page)).toBeGreaterThan(0);
    expect(await passes(page)).toBe(before);
    await page.close();
  });

  it('reads text that arrives during constant churn inside the article within the max wait', async () => {
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/pages/seed-001.html'));
    await waitForHighlights(page, 3);
    const before = await passes(page);
    await page.evaluate(() => {
      const story = document.querySelector('article')!;
      const ticker = document.createElement('p');
      story.prepend(ticker);
      setInterval(() => (ticker.textContent = `Live: ${performance.now().toFixed(0)}`), 100);
    });
    await page.waitForTimeout(1000);
    const appendedAt = Date.now();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Late update: Adam Presser spoke for the TikTok USDS Joint Venture.';
      document.querySelector('article')!.append(p);
    });
    await expect.poll(async () => Object.values(await highlightedTexts(page)).flat().includes('Adam Presser'), { timeout: 4000, interval: 100 }).toBe(true);
    const waited = Date.now() - appendedAt;
    expect(waited).toBeLessThan(3000); // 2 s max wait, plus the poll's own step
    expect(await passes(page)).toBe(before); // paragraphs were reread; the page was not
    await page.close();
  });

  // CI churns for 40 s; `BACKSTORY_CHURN_SECONDS=600` runs the issue's ten minutes (the figure in BENCHMARKS.md).
  const churnSeconds = Number(process.env.BACKSTORY_CHURN_SECONDS ?? 40);
  it(`adds no listeners and no full passes over ${churnSeconds} s of churn, and costs little beside the page`, async () => {
    const seconds = churnSeconds;
    const page = await h.session.context.newPage();
    const cdp = await h.session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(h.server.url('/pages/seed-001.html'));
    await waitForHighlights(page, 3);
    await page.evaluate(() => {
      const story = document.querySelector('article')!;
      const paras = [...story.querySelectorAll('p')];
      const outside = document.createElement('div');
      document.body.append(outside);
      let i = 0;
      setInterval(() => {
        i++;
        paras[i % paras.length]!.append(document.createTextNode(' ')); // a change inside the article
        outside.textContent = `ad ${i}`; // and one outside it
      }, 50);
    });
    await page.waitForTimeout(3000);
    const start = await metrics(cdp);
    const passesAtStart = await passes(page);
    await page.waitForTimeout(seconds * 1000);
    const end = await metrics(cdp);
    const grew = { listeners: end.JSEventListeners! - start.JSEventListeners!, heapMB: (end.JSHeapUsedSize! - start.JSHeapUsedSize!) / 1e6 };
    console.log(`churn ${seconds} s: listeners ${start.JSEventListeners} → ${end.JSEventListeners}, heap ${(start.JSHeapUsedSize! / 1e6).toFixed(1)} → ${(end.JSHeapUsedSize! / 1e6).toFixed(1)} MB, script ${((end.ScriptDuration! - start.ScriptDuration!) * 1000).toFixed(0)} ms`);
    expect(grew.listeners).toBeLessThanOrEqual(5);
    expect(await passes(page)).toBe(passesAtStart);
    expect(await highlightCount(page)).toBeGreaterThan(0);
    await page.close();
  }, (churnSeconds + 60) * 1000);
});

describe('clicks the page handles itself', () => {
  it('opens the card when the page prevents every click in the capture phase and the article stops propagation', async () => {
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/pages/seed-001.html'));
    await waitForHighlights(page, 3);
    await page.evaluate(() => {
      window.addEventListener('click', (e) => e.preventDefault(), true);
      document.addEventListener('click', (e) => e.preventDefault(), true);
      document.querySelector('article')!.addEventListener('click', (e) => e.stopPropagation());
    });
    const { x, y } = await pointOfHighlight(page, 'backstory-entities', 'ByteDance');
    await page.mouse.click(x, y);
    await page.locator('[role="dialog"]').first().waitFor({ timeout: 5000 });
    await page.close();
  });

  it('lets a link inside a highlight do what links do, and opens no card', async () => {
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/pages/seed-001.html'));
    await waitForHighlights(page, 3);
    // Make the first marked ByteDance a link, as a site's auto-linker would.
    const linked = await page.evaluate(() => {
      for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<StaticRange>>) {
        if (name !== 'backstory-entities') continue;
        for (const r of hl) {
          const t = r.startContainer as Text;
          if (r.startContainer !== r.endContainer || t.data.slice(r.startOffset, r.endOffset) !== 'ByteDance') continue;
          const span = t.parentElement!;
          if (span.closest('a')) continue;
          const a = document.createElement('a');
          a.href = '#followed';
          span.replaceChild(a, t);
          a.append(t);
          return true;
        }
      }
      return false;
    });
    expect(linked).toBe(true);
    await page.waitForTimeout(2600); // the changed paragraph is reread, and marked again
    await page.locator('a[href="#followed"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#followed');
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    await page.close();
  });
});

describe('the CPU a busy page costs', () => {
  let plain: Browser;
  beforeAll(async () => {
    plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(() => plain?.close());

  /** Main-thread task and script time (ms) over `seconds` of the page's own churn, after it has settled. */
  async function busy(page: Page, cdp: CDPSession, seconds: number) {
    await cdp.send('Performance.enable');
    await page.goto(h.server.url('/gen/ticker-5000.html'));
    await page.waitForTimeout(4000); // load, the first pass, the first updates
    const a = await metrics(cdp);
    await page.waitForTimeout(seconds * 1000);
    const b = await metrics(cdp);
    return { task: (b.TaskDuration! - a.TaskDuration!) * 1000, script: (b.ScriptDuration! - a.ScriptDuration!) * 1000 };
  }

  it('rereads one paragraph per change on 5,000 paragraphs with a change every 500 ms, and reports its CPU beside the page’s', async () => {
    const seconds = 10;
    const mine = await h.session.context.newPage();
    const withBackstory = await busy(mine, await h.session.context.newCDPSession(mine), seconds);
    const passes = await mine.evaluate(() => performance.getEntriesByName('backstory:pass').length);
    const theirs = await plain.newPage();
    const without = await busy(theirs, await theirs.context().newCDPSession(theirs), seconds);
    const added = withBackstory.task - without.task;
    console.log(`ticker ${seconds} s: task ${withBackstory.task.toFixed(0)} ms with Backstory, ${without.task.toFixed(0)} ms without (added ${added.toFixed(0)} ms, ${(added / without.task).toFixed(2)}× the page's own); script ${withBackstory.script.toFixed(0)} vs ${without.script.toFixed(0)} ms; full passes ${passes}`);
    // Task time is wall time and moves with the machine's load: the 1.5× target is measured in
    // `npm run bench` on a quiet machine; here, what must hold is that a change rereads a paragraph, not the page.
    expect(passes).toBe(1);
    expect(withBackstory.script - without.script).toBeLessThan(200); // under 2% of the window: a full pass per change costs many times this
    await Promise.all([mine.close(), theirs.close()]);
  }, 60_000);
});

describe('pages built to trip a pass', () => {
  // Every mention marked, so the highlights show how far matching reached.
  beforeAll(() => h.session.worker.evaluate(() => chrome.storage.local.set({ markEvery: true })));
  afterAll(() => h.session.worker.evaluate(() => chrome.storage.local.remove('markEvery')));

  it('highlights names throughout a 2 MB paragraph, to its very end', async () => {
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/gen/giant-paragraph.html'));
    await waitForHighlights(page, 1000, 30_000);
    await expect.poll(async () => page.evaluate(() => {
      const last = document.getElementById('last')!.firstChild;
      for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<StaticRange>>) {
        if (name.startsWith('backstory-')) for (const r of hl) if (r.startContainer === last) return true;
      }
      return false;
    }), { timeout: 30_000 }).toBe(true);
    await page.close();
  }, 60_000);

  it('annotates 50,000 paragraphs', async () => {
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/gen/many-paragraphs.html'));
    await waitForHighlights(page, 10_000, 60_000);
    await page.close();
  }, 90_000);

  it('skips a page with no body quietly, and annotates it once a body appears', async () => {
    const page = await h.session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.text().includes('Backstory')) errors.push(m.text()); });
    await page.goto(h.server.url('/gen/no-body.html'));
    await waitForHighlights(page, 3, 20_000);
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);

  it('keeps going when the page removes its body', async () => {
    const page = await h.session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.text().includes('Backstory')) errors.push(m.text()); });
    await page.goto(h.server.url('/pages/seed-001.html'));
    await waitForHighlights(page, 3);
    await page.evaluate(() => document.body.remove());
    await page.waitForTimeout(3000);
    expect(errors).toEqual([]);
    await page.close();
  });
});


/**
 * Backstory end to end in real Chromium: the built extension on news pages made
 * from the seed articles, on hard cases and on real pages from the readability corpus.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumPath, domOutsideHost, FIXTURE_PAGES, highlightCount, highlightedTexts, launchWithExtension, phasesSeen, pointOfHighlight,
  sendToTab, tabIdOf, waitForHighlights, waitForPhase, type Session,
} from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';

export const CORPUS = resolve(import.meta.dirname, '../fixtures/readability');

/** Page chrome on the fixture pages: a highlight in any of these is a bug. */
const CHROME = 'nav, header.site-header, footer, aside, .share-bar, .social-follow, #comments, form, script, noscript, .trending-rail, .more-stories';

const SEEDS: Record<string, string[]> = {
  'seed-001.html': ['ByteDance', 'Oracle', '170 million'],
  'seed-002.html': ['TikTok', 'Oracle', 'Nvidia'],
  'seed-003.html': ['ByteDance', 'Nvidia', 'TikTok'],
};

let session: Session;
let server: StaticServer;
let plain: Browser;

beforeAll(async () => {
  server = await serveStatic({ '/pages/': FIXTURE_PAGES, '/corpus/': CORPUS });
  session = await launchWithExtension();
  plain = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => {
  await session?.close();
  await plain?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url(path));
  return page;
}

/** Texts of painted ranges that fall inside page chrome. */
async function highlightsInChrome(page: Page): Promise<string[]> {
  return page.evaluate((sel) => {
    const bad: string[] = [];
    for (const [, hl] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
      for (const r of hl) if (r.startContainer.parentElement?.closest(sel)) bad.push(r.startContainer.textContent ?? '');
    }
    return bad;
  }, CHROME);
}

describe('on coverage of the TikTok story', () => {
  for (const [file, terms] of Object.entries(SEEDS)) {
    it(`highlights ${terms.join(', ')} in the article of ${file}, and nothing in the page chrome`, async () => {
      const page = await open(`/pages/${file}`);
      await waitForHighlights(page, 5);
      const texts = Object.values(await highlightedTexts(page)).flat();
      for (const term of terms) expect(texts.join(' | ')).toContain(term);
      expect(await highlightsInChrome(page)).toEqual([]);
      // The bundled matcher ships precompiled: no pack installed, so no message before painting.
      const phases = await phasesSeen(page);
      expect(phases).toContain('backstory:matcher-unpack');
      expect(phases).not.toContain('backstory:pack-terms');
      await page.close();
    });
  }

  it('leaves the page DOM outside its own UI host exactly as the site built it', async () => {
    const page = await open('/pages/seed-002.html');
    await waitForHighlights(page, 5);
    const withBackstory = await domOutsideHost(page);
    const bare = await plain.newPage();
    await bare.goto(server.url('/pages/seed-002.html'));
    await bare.waitForTimeout(300);
    expect(withBackstory).toEqual(await domOutsideHost(bare));
    await bare.close();
    await page.close();
  });

  it('reads a term split across inline elements as one match', async () => {
    const page = await open('/pages/seed-003.html');
    await waitForHighlights(page, 5);
    const all = Object.values(await highlightedTexts(page)).flat();
    expect(all.some((t) => t.includes('Nvidia AI chips'))).toBe(true);
    await page.close();
  });
});

describe('scope', () => {
  it('never marks editable, preformatted, hidden, aria-hidden, form or related-story regions inside the article', async () => {
    const page = await open('/pages/scope-exclusions.html');
    await waitForHighlights(page, 3);
    const marked = await page.evaluate(() => {
      const regions = '#editor, #textarea, #input, #pre, #code, #svg, #hidden, #aria, #css-hidden, #tpl, #related, #form';
      const hits: string[] = [];
      let inArticle = 0;
      for (const [, hl] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
        for (const r of hl) {
          const el = r.startContainer.parentElement;
          if (el?.closest(regions)) hits.push(el.closest(regions)!.id);
          else if (el?.closest('#plain')) inArticle++;
        }
      }
      return { hits, inArticle };
    });
    expect(marked.hits).toEqual([]);
    expect(marked.inArticle).toBeGreaterThan(2);
    await page.close();
  });
});

describe('the context card', () => {
  it('opens beside a clicked name with its sources, takes focus, and closes on Escape', async () => {
    const page = await open('/pages/seed-001.html');
    await waitForHighlights(page, 5);
    const { x, y } = await pointOfHighlight(page, 'backstory-entities', 'ByteDance');
    await page.mouse.click(x, y);
    const dialog = page.locator('[data-backstory-ui] [role="dialog"]');
    await expect.poll(() => dialog.getAttribute('aria-labelledby')).toBe('bs-kicker bs-title');
    await expect.poll(() => page.locator('[data-backstory-ui] #bs-title').textContent()).toBe('ByteDance');
    await dialog.locator('.bs-more').click();
    const link = dialog.locator('.bs-sources a').first();
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await dialog.locator('.bs-sources li').first().textContent()).toMatch(/\d{4}/); // a date
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-backstory-ui'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.close();
  });

  it('opens a full card of each type (entity, event, claim, figure) with its sources and the dataset version', async () => {
    const page = await open('/pages/seed-002.html');
    await waitForHighlights(page, 5);
    const cases = [
      { layer: 'backstory-entities', text: 'Nvidia', kicker: /company/i, section: 'Why it matters' },
      { layer: 'backstory-timeline', text: 'call took place between President Donald Trump and Chinese President Xi', kicker: /timeline · 19 sep 2025/i, section: 'Since this article was published (22 Sep 2025)' }, // the page is dated: its dates are read against it
      { layer: 'backstory-claims', text: 'H800 chips are specifically tailored for the Chinese market', kicker: /claim check/i, section: 'Evidence' },
      { layer: 'backstory-figures', text: '600,000', kicker: /figure/i, section: 'Sources' },
    ];
    for (const c of cases) {
      const { x, y } = await pointOfHighlight(page, c.layer, c.text);
      await page.mouse.click(x, y);
      const card = page.locator('[data-backstory-ui] .bs-card');
      await card.locator('.bs-more').click();
      await card.locator('.bs-sources').waitFor();
      expect(await card.locator('.bs-kicker').textContent()).toMatch(c.kicker);
      expect(await card.locator('h3').allTextContents()).toContain(c.section);
      expect(await card.locator('.bs-sources a').count()).toBeGreaterThan(0);
      expect(await card.locator('.bs-foot').textContent()).toMatch(/dataset \d{4}\.\d{2}\.\d{2}.*last reviewed/);
      if (c.layer === 'backstory-claims') expect(await card.locator('.bs-verdict strong').textContent()).toBe('Supported');
      await page.keyboard.press('Escape');
      await expect.poll(() => card.count()).toBe(0);
    }
    await page.close();
  });

  it('says plainly when no source was found for a claim, and lists none', async () => {
    const page = await open('/pages/seed-002.html');
    await waitForHighlights(page, 5);
    const { x, y } = await pointOfHighlight(page, 'backstory-claims', '6,000 joint ventures had generated approximately $27.8 billion');
    await page.mouse.click(x, y);
    const card = page.locator('[data-backstory-ui] .bs-card');
    await card.locator('.bs-more').click();
    await card.locator('.bs-nosource').waitFor();
    expect(await card.locator('.bs-verdict strong').textContent()).toBe('Not supported by available sources');
    expect(await card.locator('.bs-sources a').count()).toBe(0);
    await page.close();
  });

  it('steps through annotations with the next and previous commands (Alt+Shift+N and Alt+Shift+P)', async () => {
    const page = await open('/pages/seed-001.html');
    await waitForHighlights(page, 5);
    const title = page.locator('[data-backstory-ui] #bs-title');
    // The browser owns the shortcuts and tells the background, which tells the tab: the same message here.
    const tabId = await tabIdOf(session.worker, page);
    const command = (step: 1 | -1) => sendToTab(session.worker, tabId, 'stepCard', { step });
    await command(1);
    await expect.poll(() => title.textContent()).not.toMatch(/Loading|^$/);
    const first = await title.textContent();
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-backstory-ui'))).toBe(true);
    const seen = [first];
    for (let i = 0; i < 6 && seen.at(-1) === first; i++) {
      await command(1);
      await expect.poll(() => title.textContent()).not.toMatch(/Loading/);
      seen.push(await title.textContent());
    }
    expect(seen.at(-1)).not.toBe(first);
    for (let i = 1; i < seen.length; i++) await command(-1);
    await expect.poll(() => title.textContent()).toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => title.count()).toBe(0);
    await page.close();
  });

  it('stays closed when the click is on plain text', async () => {
    const page = await open('/pages/seed-001.html');
    await waitForHighlights(page, 5);
    await page.locator('.article-body p').nth(1).click({ position: { x: 5, y: 5 } });
    await page.waitForTimeout(300);
    expect(await page.locator('[data-backstory-ui] [role="dialog"]').count()).toBe(0);
    await page.close();
  });
});

describe('the toolbar button', () => {
  it('shows the number of annotations on its badge', async () => {
    const page = await open('/pages/seed-001.html');
    await waitForHighlights(page, 5);
    await page.waitForTimeout(300);
    const tabId = await tabIdOf(session.worker, page);
    const badge = await session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe(String(await highlightCount(page)));
    await page.close();
  });

  it('popup: says the page is coverage, counts per layer, and a switch hides a layer at once and is remembered', async () => {
    const page = await open('/pages/seed-001.html');
    await waitForHighlights(page, 5);
    const tabId = await tabIdOf(session.worker, page);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('[role="status"]').textContent()).toMatch(/is coverage/);
    // seed-001's JSON-LD says 2024-03-14T09:30:00-04:00: the day as the page writes it.
    expect(await popup.locator('.bs-published').textContent()).toMatch(/^Article published 14 Mar 2024 \(from the page's structured data\)/);
    const entities = (await highlightedTexts(page))['backstory-entities']!.length;
    expect(await popup.locator('[data-layer="entities"]').textContent()).toBe(String(entities));

    await popup.locator('input[name="entities"]').uncheck();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('backstory-entities'))).toBe(false);
    expect(await page.evaluate(() => CSS.highlights.has('backstory-figures'))).toBe(true);

    await popup.reload();
    expect(await popup.locator('input[name="entities"]').isChecked()).toBe(false);
    const another = await open('/pages/seed-003.html');
    await waitForPhase(another, 'match-paint');
    expect(await another.evaluate(() => CSS.highlights.has('backstory-entities'))).toBe(false);

    await popup.locator('input[name="entities"]').check();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('backstory-entities'))).toBe(true);
    await Promise.all([popup.close(), page.close(), another.close()]);
  });
});

describe('pages that are not about the story', () => {
  const corpus = ['videos-1', 'schema-org-context-object', 'bbc-1', 'cnn', 'guardian-1', 'ars-1', 'nytimes-1'];
  for (const name of corpus) {
    it(`leaves readability's ${name} untouched`, async () => {
      const page = await open(`/corpus/${name}.html`);
      await waitForPhase(page, 'gate');
      await page.waitForTimeout(500);
      expect(await highlightCount(page)).toBe(0);
      expect(await page.locator('[data-backstory-ui]').count()).toBe(0);
      expect(await phasesSeen(page)).not.toContain('backstory:index-load'); // never asked the service worker
      await page.close();
    });
  }

  it('popup: says a quiet page is not about the story, answered by the gate alone', async () => {
    const page = await open('/corpus/bbc-1.html');
    await waitForPhase(page, 'pass');
    expect(await phasesSeen(page)).not.toContain('backstory:load'); // the annotator never loaded
    const tabId = await tabIdOf(session.worker, page);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('[role="status"]').textContent()).toMatch(/not about TikTok or ByteDance/);
    await Promise.all([popup.close(), page.close()]);
  });

  for (const file of ['hard-lifestyle-dance.html', 'hard-share-bar-only.html', 'hard-chip-race.html', 'hard-embedded-video.html']) {
    it(`does not annotate ${file}`, async () => {
      const page = await open(`/pages/${file}`);
      await waitForPhase(page, 'gate');
      await page.waitForTimeout(500);
      expect(await highlightCount(page)).toBe(0);
      expect(await page.locator('[data-backstory-ui]').count()).toBe(0);
      await page.close();
    });
  }

  it('does annotate a story about Douyin e-commerce, which is ByteDance business', async () => {
    await session.worker.evaluate(() => chrome.storage.local.set({ markEvery: true })); // 抖音 is a later mention of Douyin
    const page = await open('/pages/hard-douyin-ecommerce.html');
    await waitForHighlights(page, 3);
    const texts = Object.values(await highlightedTexts(page)).flat();
    expect(texts).toContain('Douyin');
    expect(texts).toContain('抖音');
    await session.worker.evaluate(() => chrome.storage.local.remove('markEvery'));
    await page.close();
  });
});

describe('quiet highlights', () => {
  /** Per record, the text-node parents' nearest preceding h2/h3 of each painted range (section index). */
  const sectionsMarked = (page: Page) =>
    page.evaluate(() => {
      const heads = [...document.querySelectorAll('article h2, article h3')];
      const sectionOf = (n: Node) => heads.filter((h) => h.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING).length;
      const out: Record<string, number[]> = {};
      for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<StaticRange>>) {
        if (!name.startsWith('backstory-')) continue;
        for (const r of hl) {
          const text = r.startContainer.textContent!.slice(r.startOffset, r.startContainer === r.endContainer ? r.endOffset : undefined);
          (out[`${name}:${text.toLowerCase()}`] ??= []).push(sectionOf(r.startContainer));
        }
      }
      return out;
    });

  it('marks each name at its first mention in each section, and "Mark every mention" brings back the rest at once', async () => {
    const page = await open('/pages/seed-003.html');
    await waitForHighlights(page, 5);
    const quiet = await highlightCount(page);
    const marked = await sectionsMarked(page);
    // No spelling of a record is marked twice in one section (spellings differ, so this is the weaker check)…
    for (const [key, sections] of Object.entries(marked)) expect(new Set(sections).size, key).toBe(sections.length);
    // …and the page names TikTok more often than it marks it.
    const tiktokMentions = await page.evaluate(() => document.querySelector('article')!.textContent!.split('TikTok').length - 1);
    expect(marked['backstory-entities:tiktok']!.length).toBeLessThan(tiktokMentions);

    const tabId = await tabIdOf(session.worker, page);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('input[name="markEvery"]').check();
    await expect.poll(() => highlightCount(page)).toBeGreaterThan(quiet);
    expect((await sectionsMarked(page))['backstory-entities:tiktok']!.length).toBeGreaterThan(marked['backstory-entities:tiktok']!.length);
    await popup.locator('input[name="markEvery"]').uncheck();
    await expect.poll(() => highlightCount(page)).toBe(quiet);
    await Promise.all([popup.close(), page.close()]);
  });
});

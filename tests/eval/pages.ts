/**
 * npm run eval:pages: how Backstory does on real pages, in one report.
 * - coverage recall on the real-markup positives, by language;
 * - false positives on the hard negatives and the 130 readability pages;
 * - highlights in page chrome;
 * - main-content scope against Readability's expected articles (median recall, precision);
 * - article dates against Readability's expected publishedTime.
 * Needs a build (`npm run build`) and Debian's Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startHarness } from '../e2e/browser.ts';
import { annotateOne, type PageOutcome } from './annotate-pages.ts';
import { measureDates } from './dates.ts';
import { ARTICLE_ZONES, buildRealMarkup, REAL_MARKUP_PAGES } from './real-markup.ts';
import { measureScope } from './scope.ts';
import { median } from './word-overlap.ts';

const READABILITY = resolve(import.meta.dirname, '../fixtures/readability');

const pct = (n: number, d: number) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '–'}%)`;

async function main() {
  const manifest = await buildRealMarkup();
  const readabilityPages = readdirSync(READABILITY).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();
  const h = await startHarness({ '/real/': REAL_MARKUP_PAGES, '/readability/': READABILITY });
  const page = await h.session.context.newPage();
  const outcomes = new Map<string, PageOutcome>();
  for (const m of manifest) {
    outcomes.set(m.file, await annotateOne(page, h.server.url(`/real/${m.file}`), ARTICLE_ZONES));
  }
  const readabilityHits: string[] = [];
  for (const name of readabilityPages) {
    const o = await annotateOne(page, h.server.url(`/readability/${name}.html`), []);
    if (o.annotated) readabilityHits.push(name);
  }
  await h.close();

  for (const which of ['tuning', 'holdout'] as const) {
    const pages = manifest.filter((m) => m.set === which);
    console.log(`## Coverage on real markup: ${which} set (${pages.length} pages)`);
    const langs = [...new Set(pages.map((m) => m.lang))].sort();
    for (const label of ['positive', 'negative'] as const) {
      const name = label === 'positive' ? 'recall' : 'false positives';
      for (const lang of langs) {
        const group = pages.filter((m) => m.label === label && m.lang === lang);
        if (group.length) console.log(`${name} ${lang}: ${pct(group.filter((m) => outcomes.get(m.file)!.annotated).length, group.length)}`);
      }
      const all = pages.filter((m) => m.label === label);
      console.log(`${name}, all: ${pct(all.filter((m) => outcomes.get(m.file)!.annotated).length, all.length)}`);
    }
    const misses = pages.filter((m) => (m.label === 'positive') !== outcomes.get(m.file)!.annotated);
    for (const m of misses) console.log(`  wrong: ${m.file} (${m.label}, host ${m.host}, lang attr ${m.langAttribute}) phases ${outcomes.get(m.file)!.phases.join(' ')}`);
    console.log('');
  }
  const chrome = manifest.flatMap((m) => outcomes.get(m.file)!.outside.map((t) => `${m.file}: ${t}`));
  console.log(`highlights in page chrome: ${chrome.length}`);
  for (const c of chrome.slice(0, 20)) console.log(`  ${c}`);
  console.log(`readability pages annotated (all are negatives): ${pct(readabilityHits.length, readabilityPages.length)} ${readabilityHits.join(' ')}`);

  console.log('\n## Main-content scope against Readability');
  const scope = await measureScope(READABILITY, readabilityPages);
  const readerable = scope.filter((s) => JSON.parse(readFileSync(join(READABILITY, 'expected', `${s.name}.json`), 'utf8')).readerable);
  console.log(`readerable pages: ${readerable.length}; median recall ${median(readerable.map((s) => s.recall)).toFixed(3)}, median precision ${median(readerable.map((s) => s.precision)).toFixed(3)}`);
  console.log(`pages at recall 0: ${readerable.filter((s) => s.recall === 0).map((s) => s.name).join(', ') || 'none'}`);
  for (const s of readerable.filter((s) => s.recall < 0.8 || s.precision < 0.8)) {
    console.log(`  low: ${s.name} recall ${s.recall.toFixed(2)} precision ${s.precision.toFixed(2)} (read ${s.root || 'nothing'})`);
  }

  console.log('\n## Article dates against Readability publishedTime');
  const dates = await measureDates(READABILITY, readabilityPages);
  const withTruth = dates.filter((d) => d.expected);
  const same = withTruth.filter((d) => d.found === d.expected);
  const wrong = dates.filter((d) => d.found && d.found !== d.expected && d.expected);
  console.log(`same calendar day: ${pct(same.length, withTruth.length)}; wrong date given: ${wrong.length}; unknown: ${withTruth.filter((d) => !d.found).length}`);
  for (const d of withTruth.filter((d) => d.found !== d.expected)) console.log(`  ${d.name}: expected ${d.expected}, found ${d.found ?? 'unknown'} (${d.source})`);
  const unexpected = dates.filter((d) => !d.expected && d.found);
  console.log(`dates found where Readability has none: ${unexpected.length}${unexpected.length ? ` (${unexpected.map((d) => `${d.name} ${d.found} from ${d.source}`).join('; ')})` : ''}`);
}

await main();

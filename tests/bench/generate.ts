/**
 * Deterministic benchmark inputs built from the seed articles in /work/shared/seeds:
 * large TikTok news pages (realistic chrome, no scripts) and a long plain text for
 * the Node matcher throughput run. Same seed → byte-identical output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TermIndex } from '../../data/match/terms.ts';

export const SEEDS_DIR = process.env.BACKSTORY_SEEDS_DIR ?? resolve(import.meta.dirname, '../../../shared/seeds');

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}

export interface SeedText {
  /** Body paragraphs (long lines). */
  paragraphs: string[];
  /** Short lines that read as section headings. */
  headings: string[];
}

export function readSeeds(dir = SEEDS_DIR): SeedText {
  const paragraphs: string[] = [];
  const headings: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    for (const raw of readFileSync(join(dir, f), 'utf8').split(/\n/)) {
      const line = raw.trim().replace(/^[-•*]\s+/, '');
      if (!line || /^[0-9a-f-]{36}$/.test(line)) continue;
      if (line.length >= 90) paragraphs.push(line);
      else if (line.length >= 12 && line.split(' ').length >= 3 && !/[.!?]$/.test(line)) headings.push(line);
    }
  }
  if (paragraphs.length === 0) throw new Error(`No seed paragraphs in ${dir}`);
  return { paragraphs, headings };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LEADS = ['', '', '', '', 'Update: ', 'Analysis: ', 'Background: ', 'Context: ', 'From our earlier report: '];
const FILLER_WORDS = (
  'the a of and to in for on with as by at from this that it was were is are be been has have had will would could said ' +
  'officials people city council weather season market week report plans project team school local residents morning ' +
  'evening office budget meeting museum park river station road bridge festival harvest recipe garden league coach game ' +
  'score fans concert album film series library hospital clinic water power transit housing rent prices shoppers store'
).split(' ');

/** A filler sentence with no dataset term in it (plain words only). */
function fillerSentence(r: ReturnType<typeof rng>): string {
  const n = 8 + r.int(14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(r.pick(FILLER_WORDS));
  const s = words.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}

/** One varied paragraph from the seeds: lead-in, sentence rotation, sometimes filler. */
function variedParagraph(seeds: SeedText, r: ReturnType<typeof rng>, n: number): string {
  const base = seeds.paragraphs[n % seeds.paragraphs.length]!;
  const sentences = base.split(/(?<=[.!?”])\s+(?=[A-Z“‘])/);
  const rot = sentences.length > 1 ? r.int(sentences.length) : 0;
  const rotated = [...sentences.slice(rot), ...sentences.slice(0, rot)];
  if (r.next() < 0.35) rotated.splice(r.int(rotated.length + 1), 0, fillerSentence(r));
  return r.pick(LEADS) + rotated.join(' ');
}

/** Wraps a few words of an escaped paragraph in <a> or <b>, as newsrooms do. */
function withInline(text: string, r: ReturnType<typeof rng>): string {
  const words = text.split(' ');
  const marks = r.next() < 0.5 ? 1 + r.int(2) : 0;
  for (let k = 0; k < marks; k++) {
    const at = r.int(Math.max(1, words.length - 3));
    const len = 1 + r.int(3);
    const open = r.next() < 0.6 ? `<a href="/topic/${at}-${k}">` : '<b>';
    const close = open === '<b>' ? '</b>' : '</a>';
    if (words[at]!.includes('<') || words[at + len - 1]?.includes('<')) continue;
    words[at] = open + words[at];
    words[Math.min(words.length - 1, at + len - 1)] += close;
  }
  return words.join(' ');
}

/**
 * A news article page about TikTok whose article body holds about `targetChars`
 * characters of text, inside a masthead, nav, share bar, trending rail, comments
 * and footer. No scripts.
 */
export function articlePage(targetChars: number, seed = 1, seeds: SeedText = readSeeds()): string {
  const r = rng(seed);
  const body: string[] = [];
  let chars = 0;
  let n = 0;
  while (chars < targetChars) {
    if (n > 0 && n % 9 === 0) {
      const h = seeds.headings.length ? r.pick(seeds.headings) : 'What happens next';
      body.push(`<h2>${esc(h)}</h2>`);
      chars += h.length;
    }
    const p = variedParagraph(seeds, r, n);
    chars += p.length;
    if (n % 23 === 11) {
      body.push(`<blockquote class="pull-quote"><p>${esc(p)}</p></blockquote>`);
    } else if (n % 31 === 17) {
      const items = p.split(/(?<=[.!?])\s+/).slice(0, 4);
      body.push(`<ul>${items.map((i) => `<li>${withInline(esc(i), r)}</li>`).join('')}</ul>`);
    } else if (n % 41 === 29) {
      body.push(
        `<figure class="inline-figure"><div class="img-placeholder" style="height:120px;background:#ddd"></div>` +
          `<figcaption>${esc(p.slice(0, 160))}</figcaption></figure>`,
      );
    } else {
      body.push(`<p>${withInline(esc(p), r)}</p>`);
    }
    n++;
  }
  const size = targetChars >= 1_000_000 ? `${(targetChars / 1e6).toFixed(0)} MB` : `${Math.round(targetChars / 1000)} KB`;
  const title = `TikTok, ByteDance and the U.S. Deal: The Long Read (${size})`;
  const comments = Array.from({ length: 25 }, (_, i) => {
    const t = fillerSentence(r);
    return `<li class="comment"><p class="comment-meta"><strong>reader_${i}</strong> · <time>${i + 1} hours ago</time></p><p class="comment-text">${esc(t)} TikTok again.</p></li>`;
  }).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | The Benchmark Ledger</title>
<meta name="description" content="What the TikTok divestiture fight means for ByteDance, Oracle, Washington and Beijing.">
<meta property="og:title" content="${esc(title)}">
<style>
body{font:17px/1.6 Georgia,serif;margin:0;color:#222}
.site-header,.site-footer{background:#f4f1ea;padding:12px 24px}
.site-nav ul{display:flex;gap:16px;list-style:none;padding:0;margin:0}
.layout{display:grid;grid-template-columns:minmax(0,720px) 280px;gap:40px;max-width:1080px;margin:0 auto;padding:24px}
.trending-rail{font:14px/1.4 system-ui,sans-serif}
.pull-quote{font-size:1.3em;border-left:4px solid #b3122e;margin:1.5em 0;padding-left:1em}
.share-bar{display:flex;gap:8px;margin:12px 0}
</style>
</head>
<body>
<a class="skip-link" href="#story">Skip to article</a>
<header class="site-header">
  <div class="social-follow">Follow us on <a href="https://www.tiktok.com/@ledger">TikTok</a> · <a href="https://x.com/ledger">X</a></div>
  <div class="masthead"><a class="logo" href="/">The Benchmark Ledger</a> <button type="button" class="btn-subscribe">Subscribe</button></div>
  <nav class="site-nav" aria-label="Main"><ul>
    <li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/world">World</a></li>
    <li><a href="/business">Business</a></li><li><a href="/tech">Tech</a></li><li><a href="/topic/tiktok">Trending on TikTok</a></li>
    <li><a href="/opinion">Opinion</a></li><li><a href="/sports">Sports</a></li>
  </ul></nav>
</header>
<main class="layout" id="main">
  <article class="story" id="story">
    <div class="story-head">
      <p class="kicker"><a href="/tech">Tech Policy</a></p>
      <h1 class="headline">${esc(title)}</h1>
      <p class="byline">By <a href="/authors/staff" rel="author">Staff Writer</a> · <time datetime="2024-03-14">March 14, 2024</time></p>
    </div>
    <div class="share-bar" role="group" aria-label="Share this article">
      <button type="button" class="share-btn">Share on TikTok</button><a class="share-btn" href="/share/fb">Facebook</a><a class="share-btn" href="/share/x">X</a>
    </div>
    <div class="article-body">
${body.join('\n')}
    </div>
  </article>
  <aside class="trending-rail" aria-labelledby="trending-heading">
    <h2 id="trending-heading">Trending</h2>
    <ol>
      <li><a href="/lifestyle/tiktok-dance">TikTok dance challenge sweeps college campuses</a></li>
      <li><a href="/business/bytedance-revenue">ByteDance posts record revenue</a></li>
      <li><a href="/business/mortgage-rates">Mortgage rates dip for a third straight week</a></li>
    </ol>
  </aside>
  <section id="comments" class="comments"><h2>Comments (25)</h2><ol class="comment-list">
${comments}
  </ol></section>
</main>
<footer class="site-footer">
  <nav aria-label="Footer"><a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></nav>
  <p>© 2024 The Benchmark Ledger. Follow us on TikTok.</p>
</footer>
</body>
</html>
`;
}

/**
 * About `targetBytes` of plain text (UTF-8) made of seed paragraphs and filler
 * paragraphs, joined by `separator` (the content script's block break).
 */
export function longText(targetBytes: number, separator: string, seed = 7, seeds: SeedText = readSeeds()): string {
  const r = rng(seed);
  const parts: string[] = [];
  let bytes = 0;
  let n = 0;
  while (bytes < targetBytes) {
    let p: string;
    if (r.next() < 0.5) p = variedParagraph(seeds, r, n++);
    else p = Array.from({ length: 3 + r.int(5) }, () => fillerSentence(r)).join(' ');
    parts.push(p);
    bytes += Buffer.byteLength(p) + Buffer.byteLength(separator);
  }
  return parts.join(separator);
}

const SYLLABLES = 'ka to ri mu ne sa lo vi den mar tel zon ber qua fin gor ash pel run tik bay dex cor hal ven mos lin tra sol'.split(' ');

/**
 * A synthetic term set `factor` times the size of `real`: the real terms plus
 * made-up names of one to three pseudo-words (seeded, so every run gets the
 * same set), a few spellings per made-up record, spread over the four layers.
 * For the scale measurements: how far the precompiled design stretches.
 */
export function syntheticTermIndex(real: TermIndex, factor = 100, seed = 11): TermIndex {
  const r = rng(seed);
  const layers = ['entities', 'timeline', 'claims', 'figures'] as const;
  const target = real.terms.length * factor;
  const terms = [...real.terms];
  const seen = new Set(terms.map((t) => t.key));
  const word = () => Array.from({ length: 2 + r.int(3) }, () => r.pick(SYLLABLES)).join('');
  for (let rec = 0; terms.length < target; rec++) {
    const layer = r.pick(layers);
    const base = Array.from({ length: 1 + r.int(3) }, word).join(' ');
    for (const key of [base, `${base} group`, `${base}'s`, base.split(' ')[0]!, `the ${base}`, `${base} inc`, `${base} act`]) {
      if (seen.has(key) || terms.length >= target) continue;
      seen.add(key);
      terms.push({ key, id: `syn-${rec}`, layer });
    }
  }
  return { version: `${real.version}+synthetic×${factor}`, terms, cues: real.cues };
}

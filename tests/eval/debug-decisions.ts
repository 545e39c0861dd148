// Diagnostics: the coverage decision on every real-markup page, from the product's own functions in plain Chromium.
//   npx vite-node tests/eval/debug-decisions.ts
import { probePages } from './probe-pages.ts';
import { buildRealMarkup, REAL_MARKUP_PAGES } from './real-markup.ts';

const manifest = await buildRealMarkup();
const byName = new Map(manifest.map((m) => [m.file.slice(0, -'.html'.length), m]));
const lines = await probePages('scope-probe.ts', REAL_MARKUP_PAGES, [...byName.keys()], async (page, name) => {
  const m = byName.get(name)!;
  const d = (await page.evaluate(() => window.backstoryDecision())) as { coverage?: boolean; mentions?: number; cues?: number; inHeadline?: boolean; language?: { language: string; from: string }; root?: string } | string;
  if (typeof d === 'string') return `BAD ${m.set} ${m.label} ${m.lang} ${m.file}: ${d}`;
  const ok = d.coverage === (m.label === 'positive');
  return `${ok ? 'ok ' : 'BAD'} ${m.set} ${m.label.slice(0, 3)} ${m.lang.padEnd(7)} m=${d.mentions} c=${d.cues} h=${d.inHeadline ? 1 : 0} ${d.language?.language}/${d.language?.from} ${m.file} root=${d.root}`;
});
console.log(lines.sort().join('\n'));

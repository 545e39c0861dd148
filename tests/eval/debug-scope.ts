// Diagnostics for one page: the best-scoring containers, the text read, the decision.
//   npx vite-node tests/eval/debug-scope.ts NAME [dir]     (CHARS=3000 prints more of the text)
import { probePages } from './probe-pages.ts';

const [name, dir = 'tests/fixtures/readability'] = process.argv.slice(2);
if (!name) throw new Error('usage: debug-scope.ts NAME [dir]');
await probePages('scope-probe.ts', dir, [name], async (page) => {
  console.log((await page.evaluate(() => window.backstoryCandidates())).join('\n'));
  const s = await page.evaluate(() => window.backstoryScope());
  console.log('root', s.root, '\n', s.text.replace(/\s+/g, ' ').slice(0, Number(process.env.CHARS ?? 600)).replaceAll('\u2029', ' | '));
  console.log(JSON.stringify(await page.evaluate(() => window.backstoryDecision())));
});

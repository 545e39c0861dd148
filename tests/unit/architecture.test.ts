/**
 * What the linter cannot see: imports followed through files. The content
 * script must not reach zod through a data/ module it imports for its values.
 * The direct rules (contexts, browser APIs, HTML, RegExp) are ESLint's, in
 * eslint.config.js, proved by lint-boundaries.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return name === 'dataset' ? [] : files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const source = (path: string) => readFileSync(join(root, path), 'utf8');
/** Value imports only: `import type` is erased and costs nothing at run time. */
const imports = (path: string) =>
  [...source(path).matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from '([^']+)'|^import '([^']+)'/gm)].map((m) => (m[1] ?? m[2])!);
const all = [...files('entrypoints'), ...files('components'), ...files('data')];

describe('architecture', () => {
  it('keeps Dexie in the background and full zod out of the content script and popup', () => {
    const contentSide = [...files('entrypoints/content'), ...files('entrypoints/popup'), ...files('entrypoints/options'), ...files('components')];
    const reach = new Set<string>();
    const visit = (f: string) => {
      if (reach.has(f)) return;
      reach.add(f);
      for (const s of imports(f)) if (s.startsWith('.')) {
        const target = relative(root, resolve(root, f, '..', s));
        if (all.includes(target)) visit(target);
      }
    };
    files('entrypoints/content').forEach(visit);
    expect([...reach].filter((f) => imports(f).some((s) => s === 'zod' || s === 'zod/mini'))).toEqual([]);
    expect(contentSide.filter((f) => imports(f).includes('dexie'))).toEqual([]);
    expect(all.filter((f) => /import \{ z \} from 'zod/.test(source(f)))).toEqual([]);
  });

  it('keeps full zod (the records’ schemas) out of the popup and the side panel: they carry zod/mini only', () => {
    const reach = new Set<string>();
    const visit = (f: string) => {
      if (reach.has(f)) return;
      reach.add(f);
      for (const s of imports(f)) if (s.startsWith('.')) {
        const target = relative(root, resolve(root, f, '..', s));
        if (all.includes(target)) visit(target);
      }
    };
    [...files('entrypoints/popup'), ...files('entrypoints/sidepanel')].forEach(visit);
    expect([...reach].some((f) => f.startsWith('entrypoints/sidepanel/'))).toBe(true);
    expect([...reach].filter((f) => imports(f).includes('zod'))).toEqual([]);
  });
});

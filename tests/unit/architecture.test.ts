/**
 * The architecture, enforced on the source: contexts share only data/, the
 * content script never touches Dexie or zod, nothing writes HTML or builds a
 * pattern from data. (House style §12: lint encodes the architecture.)
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
  it('keeps each context to its own folder plus data/ and components/', () => {
    const bad: string[] = [];
    for (const ctx of ['background', 'content', 'popup', 'options']) {
      for (const f of files(`entrypoints/${ctx}`)) {
        for (const spec of imports(f)) {
          const m = spec.match(/^\.\.\/(background|content|popup|options)\//);
          if (m && m[1] !== ctx) bad.push(`${f} imports ${spec}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('lets no browser API or Dexie into data/ and components/', () => {
    const bad = [...files('data'), ...files('components')].filter((f) => !f.startsWith('data/scripts/')).filter((f) =>
      imports(f).some((s) => s === 'dexie' || s.startsWith('wxt') || s.startsWith('@webext-core')) || /\bbrowser\.|\bchrome\./.test(source(f)),
    );
    expect(bad).toEqual([]);
  });

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

  it('never writes HTML and never builds a RegExp from data', () => {
    const bad = all.filter((f) => /innerHTML|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|new RegExp\(/.test(source(f)));
    expect(bad).toEqual([]);
  });
});

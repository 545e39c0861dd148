/** The built content script, which every page the reader opens has to load. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES } from '../../data/icons.ts';
import { REPOSITORY_URL } from '../../data/project.ts';
import { pngSize } from '../png-size.ts';
import { EXTENSION_DIR } from './browser.ts';

const content = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
const annotator = readFileSync(join(EXTENSION_DIR, 'content-scripts/annotator.js'), 'utf8');
/** The gate every page loads (issue 9's budget). */
const GATE_MAX_GZIP = 4_096;
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

describe('the content script bundle', () => {
  it('is only the gate: at most 4 KB gzipped, with no Preact, matcher or messaging library', () => {
    expect(gzipSync(content, { level: 9 }).length).toBeLessThanOrEqual(GATE_MAX_GZIP);
    expect(content).not.toMatch(/__PREACT|createElement|defineExtensionMessaging|findTerms|Unknown message format/);
  });

  it('reports the annotator chunk it loads on pages about the story', () => {
    const size = gzipSync(annotator, { level: 9 }).length;
    console.info(`content.js ${gzipSync(content, { level: 9 }).length} B gzipped; annotator.js ${size} B gzipped`);
    expect(annotator).toMatch(/export\s*\{/); // an ES module, imported with import()
    expect(annotator).not.toMatch(/indexedDB|Dexie|ZodError|\$ZodType/);
  });

  it('carries neither Dexie nor zod, so it never opens IndexedDB in the page’s origin', () => {
    expect(content).not.toMatch(/indexedDB|Dexie/);
    expect(content).not.toMatch(/ZodError|\$ZodType/);
  });

  it('builds no RegExp at run time, in the gate or the annotator', () => {
    expect(content).not.toMatch(/new RegExp\(/);
    expect(annotator).not.toMatch(/new RegExp\(/);
  });
});

describe('the manifest', () => {
  it('asks for no host permissions and exposes only the annotator chunk, under a per-session URL', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['content-scripts/annotator.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
    // sidePanel (the "On this page" panel) adds no line to the install prompt; storage holds the reader's settings.
    expect(manifest.permissions).toEqual(['storage', 'sidePanel']);
  });

  it('names the Chrome version with the Highlight API, the project’s homepage and its author', () => {
    expect(manifest.minimum_chrome_version).toBe('105');
    expect(manifest.homepage_url).toBe(REPOSITORY_URL);
    expect(manifest.author).toEqual(expect.any(String));
  });
});

describe('the Firefox build', () => {
  const firefox = join(EXTENSION_DIR, '../firefox-mv3/manifest.json');
  it('declares its gecko id, the Firefox version with the Highlight API, and that it collects no data', () => {
    const m = JSON.parse(readFileSync(firefox, 'utf8'));
    expect(m.manifest_version).toBe(3);
    expect(m.browser_specific_settings.gecko).toMatchObject({
      id: 'backstory@backstory-news.org',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(m.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    expect(m.homepage_url).toBe(REPOSITORY_URL);
    expect(m.minimum_chrome_version).toBeUndefined();
    expect(m.content_scripts[0].js).toEqual(['content-scripts/content.js']);
  });
});

describe('the icons in both builds', () => {
  const builds = { chrome: EXTENSION_DIR, firefox: join(EXTENSION_DIR, '../firefox-mv3') };

  it.each(Object.entries(builds))('%s: the manifest names PNGs at 16, 32, 48 and 128 px that exist at those sizes', (_name, dir) => {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    // Every icon set a manifest names: the store's, the toolbar's, and Firefox's sidebar.
    const sets: Record<string, string>[] = [m.icons, m.action?.default_icon, m.sidebar_action?.default_icon].filter(Boolean);
    expect(sets.length).toBeGreaterThanOrEqual(2);
    for (const set of sets) {
      expect(Object.keys(set).map(Number)).toEqual([...ICON_SIZES]);
      for (const [size, file] of Object.entries(set)) {
        expect(existsSync(join(dir, file)), file).toBe(true);
        expect(pngSize(readFileSync(join(dir, file)))).toEqual({ width: Number(size), height: Number(size) });
      }
    }
  });

  it('ships the off icons beside them, and not the SVG drawings', () => {
    for (const size of ICON_SIZES) expect(existsSync(join(EXTENSION_DIR, `icon/off-${size}.png`))).toBe(true);
    expect(existsSync(join(EXTENSION_DIR, 'icon/source.svg'))).toBe(false);
  });
});

describe('the Firefox build under web-ext lint (Mozilla’s add-on linter)', () => {
  const FIREFOX_DIR = join(EXTENSION_DIR, '../firefox-mv3');
  it('reports 0 errors, 0 warnings and 0 notices', () => {
    const bin = join(import.meta.dirname, '../../node_modules/.bin/web-ext');
    const out = execFileSync(bin, ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    const report = JSON.parse(out) as { summary: Record<string, number>; warnings: { code: string; file?: string }[] };
    expect(report.warnings.map((w) => `${w.code} ${w.file ?? ''}`)).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, notices: 0, warnings: 0 });
  }, 60_000);

  it('carries no innerHTML in any script: Preact’s dangerouslySetInnerHTML branch is cut at build time', () => {
    for (const dir of [EXTENSION_DIR, FIREFOX_DIR]) {
      const scripts = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
      expect(scripts.length).toBeGreaterThan(3);
      for (const f of scripts) expect(readFileSync(join(dir, f), 'utf8'), f).not.toContain('innerHTML');
    }
  });
});

describe('README’s "What the install prompt says"', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  it('lists exactly the permissions the Chrome build asks for, and says there are no host permissions', () => {
    const list = readme.slice(readme.indexOf('<!-- permissions:start -->'), readme.indexOf('<!-- permissions:end -->'));
    expect([...list.matchAll(/^- `([A-Za-z]+)`/gm)].map((m) => m[1])).toEqual(manifest.permissions);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(readme).toContain('"Read and change all your data on all\nwebsites"');
  });
});

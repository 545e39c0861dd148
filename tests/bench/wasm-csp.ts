/**
 * Probe: may a content script compile WebAssembly, in Chromium and in Firefox
 * ESR, with and without 'wasm-unsafe-eval' in the manifest's
 * content_security_policy.extension_pages, on a page with and without a strict
 * CSP of its own? Builds two throwaway MV3 extensions whose content script
 * compiles an 8-byte empty module (sync and async) and writes the outcome on
 * <html data-wasm> and the title (readable even where the page's CSP forbids
 * evaluating script in it). run.ts calls it; results in BENCHMARKS.md.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from '../e2e/browser.ts';

const PROBE = `(() => {
  const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
  let sync;
  try { new WebAssembly.Module(bytes); sync = 'ok'; } catch (e) { sync = 'blocked (' + (e && e.name) + ')'; }
  WebAssembly.compile(bytes).then(() => 'ok', (e) => 'blocked (' + (e && e.name) + ')').then((async) => {
    document.documentElement.dataset.wasm = JSON.stringify({ sync, async });
    document.title = 'wasm:' + JSON.stringify({ sync, async }); // readable without running script in the page (its CSP may forbid that)
  });
})();`;

function probeExtension(wasmUnsafeEval: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), `backstory-wasm-${wasmUnsafeEval ? 'csp' : 'default'}-`));
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: 'wasm probe',
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*'], js: ['probe.js'], run_at: 'document_idle' }],
    browser_specific_settings: { gecko: { id: `wasm-probe-${wasmUnsafeEval ? 'csp' : 'default'}@backstory.invalid` } },
  };
  if (wasmUnsafeEval) manifest.content_security_policy = { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'probe.js'), PROBE);
  return dir;
}

const PAGE = '<!doctype html><title>probe</title><p>probe</p>';

export interface WasmProbe {
  browser: string;
  manifestCsp: string;
  pageCsp: string;
  result: string;
}

export async function probeWasm(firefoxPath = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p))): Promise<WasmProbe[]> {
  const server = createServer((req, res) => {
    const strict = req.url?.includes('strict');
    res.writeHead(200, { 'content-type': 'text/html', ...(strict ? { 'content-security-policy': "script-src 'self'; object-src 'none'" } : {}) });
    res.end(PAGE);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const pages = { none: `http://127.0.0.1:${port}/plain`, "script-src 'self'": `http://127.0.0.1:${port}/strict` };
  const out: WasmProbe[] = [];
  try {
    for (const csp of [false, true]) {
      const dir = probeExtension(csp);
      const manifestCsp = csp ? "extension_pages with 'wasm-unsafe-eval'" : 'default (none set)';
      const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'backstory-wasm-profile-')), {
        executablePath: chromiumPath(),
        headless: true,
        args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu'],
      });
      try {
        const page = await ctx.newPage();
        for (const [pageCsp, url] of Object.entries(pages)) {
          await page.goto(url);
          const result = await page.waitForFunction(() => document.documentElement.dataset.wasm, undefined, { timeout: 10_000 }).then((h) => h.jsonValue() as Promise<string>, () => 'content script did not report');
          out.push({ browser: 'chromium', manifestCsp, pageCsp, result });
        }
      } finally {
        await ctx.close();
      }
      if (!firefoxPath) continue;
      const ff = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true, protocol: 'webDriverBiDi' });
      try {
        await ff.installExtension(dir);
        const page = await ff.newPage();
        for (const [pageCsp, url] of Object.entries(pages)) {
          await page.goto(url, { waitUntil: 'load' });
          let result = 'content script did not report';
          for (let i = 0; i < 50; i++) {
            const title = await page.title();
            if (title.startsWith('wasm:')) {
              result = title.slice(5);
              break;
            }
            await new Promise((r) => setTimeout(r, 200));
          }
          out.push({ browser: 'firefox-esr', manifestCsp, pageCsp, result });
        }
      } finally {
        await ff.close();
      }
    }
  } finally {
    server.close();
  }
  return out;
}

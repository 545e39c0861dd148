/**
 * npm run icons — renders design/icon/source.svg and off.svg to the PNGs the
 * manifest names (data/icons.ts), with Debian's Chromium through playwright-core
 * (never a downloaded browser). The 16 px icons come from small.svg / off-small.svg
 * when present: a simpler drawing that stays legible at toolbar size.
 */
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ICON_SIZES, iconFile, type IconState } from '../icons.ts';

const PUBLIC = resolve(import.meta.dirname, '../../public');
/** The drawings stay out of public/, so the extension ships only the PNGs. */
const DESIGN = resolve(import.meta.dirname, '../../design');
const SMALL_MAX_PX = 16; // below this size the full drawing's lines blur into one another
const SOURCES: Record<IconState, { full: string; small: string }> = {
  on: { full: 'icon/source.svg', small: 'icon/small.svg' },
  off: { full: 'icon/off.svg', small: 'icon/off-small.svg' },
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const state of ['on', 'off'] as const) {
    for (const size of ICON_SIZES) {
      const small = resolve(DESIGN, SOURCES[state].small);
      const svg = readFileSync(size <= SMALL_MAX_PX && existsSync(small) ? small : resolve(DESIGN, SOURCES[state].full), 'utf8');
      await page.setViewportSize({ width: size, height: size });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(`<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const out = resolve(PUBLIC, iconFile(state, size));
      await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(`wrote ${out}`);
    }
  }
} finally {
  await browser.close();
}

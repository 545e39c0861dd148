// Saves the options page at desktop and phone widths, light and dark, idle and with a pack's preview and a bad pack's problems, to docs/screenshots/. Needs a build.
import { resolve } from 'node:path';
import { launchWithExtension } from '../e2e/browser.ts';

const PACKS = resolve(import.meta.dirname, '../fixtures/packs');
const session = await launchWithExtension();
for (const [width, height, label] of [[1280, 800, 'desktop'], [390, 844, 'phone']] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height });
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.locator('.bs-bundled').waitFor();
    await page.locator('input[type=file]').setInputFiles(resolve(PACKS, 'good-pack.json'));
    await page.locator('.bs-apply').waitFor();
    await page.screenshot({ path: `docs/screenshots/options-preview-${label}-${scheme}.png`, fullPage: true });
    await page.locator('input[type=file]').setInputFiles(resolve(PACKS, 'bad-pack.json'));
    await page.waitForTimeout(500);
    await page.screenshot({ path: `docs/screenshots/options-problems-${label}-${scheme}.png`, fullPage: true });
    await page.close();
  }
}
await session.close();

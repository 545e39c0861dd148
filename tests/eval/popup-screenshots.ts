// Saves the popup on a coverage page (seed-001, dated 14 Mar 2024) in light and dark to docs/screenshots/. Needs a build.
import { FIXTURE_PAGES, startHarness, tabIdOf, waitForHighlights } from '../e2e/browser.ts';
const h = await startHarness({ '/pages/': FIXTURE_PAGES });
const page = await h.session.context.newPage();
await page.goto(h.server.url('/pages/seed-001.html'));
await waitForHighlights(page, 5);
const tabId = await tabIdOf(h.session.worker, page);
for (const scheme of ['light', 'dark'] as const) {
  const popup = await h.session.context.newPage();
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 340, height: 420 });
  await popup.goto(`chrome-extension://${h.session.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.bs-published').waitFor();
  await popup.screenshot({ path: `docs/screenshots/popup-published-${scheme}.png` });
  await popup.close();
}
await h.close();

// @vitest-environment happy-dom
/**
 * entrypoints/popup/settings.ts: the popup's storage items, written through WXT's
 * storage, and read by every tab through the content script's plain storage.local
 * reads (entrypoints/content/settings.ts, gate-watch.ts): the two must agree on keys.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_LAYER_SETTINGS } from '../../data/layers.ts';
import { readSiteControl, withSite, NO_SITE_CONTROL } from '../../data/site-control.ts';
import { siteOff } from '../../entrypoints/content/gate-watch.ts';
import { readView } from '../../entrypoints/content/settings.ts';
import { layerSettings, markEverySetting, siteControlSetting } from '../../entrypoints/popup/settings.ts';

beforeEach(() => fakeBrowser.reset());

describe('the popup’s settings', () => {
  it('start with every layer on and first mentions only', async () => {
    expect(await layerSettings.getValue()).toEqual(DEFAULT_LAYER_SETTINGS);
    expect(await markEverySetting.getValue()).toBe(false);
  });

  it('a layer switched off in the popup is off in every page', async () => {
    await layerSettings.setValue({ ...DEFAULT_LAYER_SETTINGS, figures: false });
    expect((await readView()).layers.figures).toBe(false);
  });

  it('"Mark every mention" turned on in the popup is on in every page', async () => {
    await markEverySetting.setValue(true);
    expect((await readView()).markEvery).toBe(true);
  });

  it('"Off on this site" and "Pause everywhere" reach the gate', async () => {
    await siteControlSetting.setValue(withSite(NO_SITE_CONTROL, 'www.semafor.com', true));
    expect(await siteOff('semafor.com')).toBe('site');
    expect(await siteOff('apnews.com')).toBeNull();
    await siteControlSetting.setValue({ ...readSiteControl(await siteControlSetting.getValue()), paused: true });
    expect(await siteOff('apnews.com')).toBe('paused');
  });
});

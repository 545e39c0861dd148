// @vitest-environment happy-dom
/**
 * The gate and the reader's switches: a page loaded while Backstory is paused or
 * off on its site does nothing, and starts looking as soon as the reader turns
 * Backstory back on, without a reload (entrypoints/content/gate-watch.ts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SITE_CONTROL_KEY, type SiteControl } from '../../data/site-control.ts';
import { watchGate } from '../../entrypoints/content/gate-watch.ts';
import { fakeLifetime } from './fake-lifetime.ts';

const control = (c: Partial<SiteControl>) => fakeBrowser.storage.local.set({ [SITE_CONTROL_KEY]: { paused: false, offSites: [], ...c } });
const settle = () => new Promise((r) => setTimeout(r, 20));
function page(title: string) {
  document.title = title;
  document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Some words of the opening paragraph.' }));
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
});

describe('the gate on a page loaded while Backstory is off', () => {
  it('loads the annotator on resume from a pause, and not before', async () => {
    await control({ paused: true });
    page('TikTok ban: what the Supreme Court decided');
    const onPass = vi.fn(async () => {});
    const lifetime = fakeLifetime();
    watchGate(lifetime, document, onPass);
    await settle();
    expect(onPass).not.toHaveBeenCalled();
    await control({ paused: false });
    await settle();
    expect(onPass).toHaveBeenCalledTimes(1);
    lifetime.end();
  });

  it('loads it when the reader takes the site off the "off" list, and only for that site', async () => {
    await control({ offSites: [location.hostname, 'other.example'] });
    page('ByteDance and the TikTok deal');
    const onPass = vi.fn(async () => {});
    const lifetime = fakeLifetime();
    watchGate(lifetime, document, onPass);
    await settle();
    await control({ offSites: [location.hostname] }); // another site turned on: this one stays off
    await settle();
    expect(onPass).not.toHaveBeenCalled();
    await control({ offSites: [] });
    await settle();
    expect(onPass).toHaveBeenCalledTimes(1);
    lifetime.end();
  });

  it('stays quiet on resume when the page does not name the story, and stops listening when its lifetime ends', async () => {
    await control({ paused: true });
    page('A recipe for bread');
    const onPass = vi.fn(async () => {});
    const lifetime = fakeLifetime();
    watchGate(lifetime, document, onPass);
    await settle();
    await control({ paused: false });
    await settle();
    expect(onPass).not.toHaveBeenCalled();
    lifetime.end();
    await control({ paused: true });
    page('TikTok ban: what the Supreme Court decided');
    await control({ paused: false });
    await settle();
    expect(onPass).not.toHaveBeenCalled();
  });

  it('does not look while paused on a page that was on, and looks again on resume', async () => {
    page('A recipe for bread');
    const onPass = vi.fn(async () => {});
    const lifetime = fakeLifetime();
    watchGate(lifetime, document, onPass);
    await settle();
    await control({ paused: true });
    page('TikTok ban: what the Supreme Court decided'); // the article arrives while paused
    await settle();
    expect(onPass).not.toHaveBeenCalled();
    await control({ paused: false });
    await settle();
    expect(onPass).toHaveBeenCalledTimes(1);
    lifetime.end();
  });
});

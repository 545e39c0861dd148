// @vitest-environment happy-dom
/**
 * The gate's life on one page: it checks now, again when a late article may have
 * arrived and on an SPA route change, hands over once, answers the popup until
 * then, and does nothing at all on a site the reader switched off.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SITE_CONTROL_KEY } from '../../data/site-control.ts';
import { LATE_CONTENT_CHECKS_MS, watchGate } from '../../entrypoints/content/gate-watch.ts';
import { fakeLifetime, type FakeLifetime } from './fake-lifetime.ts';

let lifetime: FakeLifetime;
let routes: ((next: URL, previous: URL) => void)[];
let onPass: ReturnType<typeof vi.fn<() => Promise<void>>>;

const quietPage = () => {
  document.title = 'Weeknight recipes';
  document.body.innerHTML = '<h1>Ten dinners</h1><p>Lentils, rice and greens.</p>';
};
const storyPage = () => {
  document.title = 'Supreme Court upholds the TikTok law';
  document.body.innerHTML = '<h1>Supreme Court upholds the TikTok law</h1><p>ByteDance must sell.</p>';
};
/** The SPA changed its route: the lifetime reports it as lifetime.ts does. */
const route = () => routes.forEach((fn) => fn(new URL('https://news.example/b'), new URL('https://news.example/a')));
const settled = () => vi.waitFor(async () => {
  await Promise.resolve();
});
const ask = (sender = { id: fakeBrowser.runtime.id }) => fakeBrowser.runtime.onMessage.trigger({ id: 1, type: 'getPageState', timestamp: 1 }, sender).then((a) => a.find(Boolean));

beforeEach(() => {
  fakeBrowser.reset();
  routes = [];
  lifetime = Object.assign(fakeLifetime(), { onUrlChange: (fn: (next: URL, previous: URL) => void) => void routes.push(fn) });
  onPass = vi.fn(async () => undefined);
  quietPage();
});
afterEach(() => {
  lifetime.end();
  vi.useRealTimers();
});

/** Starts the gate and lets its site-control read settle (microtasks only: fake timers stay where they are). */
async function start() {
  watchGate(lifetime, document, onPass);
  for (let k = 0; k < 100 && routes.length === 0; k++) await Promise.resolve();
  expect(routes).toHaveLength(1);
}

describe('watchGate', () => {
  it('hands a page that names the story over to the annotator at once', async () => {
    storyPage();
    watchGate(lifetime, document, onPass);
    await vi.waitFor(() => expect(onPass).toHaveBeenCalledOnce());
  });

  it('leaves a quiet page alone, and runs the gate again when an SPA route brings the story', async () => {
    await start();
    expect(onPass).not.toHaveBeenCalled();
    route();
    expect(onPass).not.toHaveBeenCalled(); // still a recipe
    storyPage();
    route();
    expect(onPass).toHaveBeenCalledOnce();
  });

  it('looks again when a late article may have arrived', async () => {
    vi.useFakeTimers();
    await start();
    storyPage();
    vi.advanceTimersByTime(LATE_CONTENT_CHECKS_MS[0]! - 1);
    expect(onPass).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onPass).toHaveBeenCalledOnce();
  });

  it('hands over only once, whatever happens after', async () => {
    vi.useFakeTimers();
    storyPage();
    await start();
    route();
    vi.advanceTimersByTime(Math.max(...LATE_CONTENT_CHECKS_MS));
    expect(onPass).toHaveBeenCalledOnce();
  });

  it('answers Backstory’s popup “not about the story” until it hands over, and then leaves it to the annotator', async () => {
    await start();
    expect(await ask()).toEqual({ res: { ok: true, value: expect.objectContaining({ status: 'quiet', url: location.href }) } });
    expect(await ask({ id: 'another-extension' })).toBeUndefined();
    storyPage();
    route();
    expect(await ask()).toBeUndefined();
  });

  it('on a site the reader switched off, runs no gate, says "off" to the popup and the badge, and never hands over', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await fakeBrowser.storage.local.set({ [SITE_CONTROL_KEY]: { paused: false, offSites: [location.hostname] } });
    storyPage();
    watchGate(lifetime, document, onPass);
    await vi.waitFor(() => expect(sent).toHaveBeenCalledOnce());
    expect(sent.mock.calls[0]![0]).toMatchObject({ type: 'reportPage', data: { status: 'off' } });
    expect((await ask())?.res.value.status).toBe('off');
    route();
    await settled();
    expect(onPass).not.toHaveBeenCalled();
  });

  it('stops when the extension goes away: no late check, no answer', async () => {
    vi.useFakeTimers();
    await start();
    lifetime.end();
    storyPage();
    vi.advanceTimersByTime(Math.max(...LATE_CONTENT_CHECKS_MS));
    route();
    expect(onPass).not.toHaveBeenCalled();
    expect(await ask()).toBeUndefined();
  });
});

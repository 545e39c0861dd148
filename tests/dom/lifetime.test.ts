// @vitest-environment happy-dom
/** Backstory's own lifetime: nothing a page posts or dispatches reaches it, and it still sees routes and its own end. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLifetime, URL_POLL_MS, type OwnedLifetime } from '../../entrypoints/content/lifetime.ts';

const made: OwnedLifetime[] = [];
const make = (opts: Parameters<typeof createLifetime>[0] = {}) => {
  const l = createLifetime({ alive: () => true, ...opts });
  made.push(l);
  return l;
};

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/article/one');
});
afterEach(() => {
  for (const l of made.splice(0)) l.end();
  vi.useRealTimers();
});

describe('a lifetime a page cannot reach', () => {
  it('posts nothing to the page and listens to no window message', () => {
    const post = vi.spyOn(window, 'postMessage');
    const add = vi.spyOn(window, 'addEventListener');
    const l = make();
    l.onUrlChange(() => undefined);
    l.listen(window, 'click', () => undefined);
    l.setTimeout(() => undefined, 10);
    expect(post).not.toHaveBeenCalled();
    expect(add.mock.calls.map((c) => c[0])).not.toContain('message');
  });

  it('stays alive when the page replays WXT’s started message or forges its location event', () => {
    const l = make();
    const routes = vi.fn();
    l.onUrlChange(routes);
    window.postMessage({ type: 'backstory@backstory.invalid:content:wxt:content-script-started', contentScriptName: 'content', messageId: 'x' }, '*');
    window.dispatchEvent(new Event('wxt:locationchange'));
    window.dispatchEvent(new Event('backstory:content:wxt:locationchange'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(URL_POLL_MS * 3);
    expect(l.isInvalid).toBe(false);
    expect(routes).not.toHaveBeenCalled();
  });

  it('sees an SPA route the page takes with pushState, once, with both URLs', () => {
    const l = make();
    const routes = vi.fn();
    l.onUrlChange((next, previous) => routes(next.pathname, previous.pathname));
    history.pushState(null, '', '/article/two');
    vi.advanceTimersByTime(URL_POLL_MS);
    vi.advanceTimersByTime(URL_POLL_MS * 3);
    expect(routes.mock.calls).toEqual([['/article/two', '/article/one']]);
  });

  it('uses the Navigation API where there is one, and a forged navigation event changes nothing', () => {
    const navigation = new EventTarget();
    const win = new Proxy(window, { get: (t, k) => (k === 'navigation' ? navigation : Reflect.get(t, k, t)) }) as Window;
    const interval = vi.spyOn(window, 'setInterval');
    const l = make({ win });
    const routes = vi.fn();
    l.onUrlChange((next) => routes(next.pathname));
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(routes).not.toHaveBeenCalled();
    history.pushState(null, '', '/article/three');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(routes.mock.calls).toEqual([['/article/three']]);
    expect(interval).not.toHaveBeenCalled();
  });

  it('ends when the extension is gone, releasing everything it registered', () => {
    let alive = true;
    const l = make({ alive: () => alive });
    const released = vi.fn();
    const clicks = vi.fn();
    const timer = vi.fn();
    l.onInvalidated(released);
    l.listen(window, 'click', clicks);
    l.setTimeout(timer, 100);
    alive = false;
    document.body.click();
    vi.advanceTimersByTime(200);
    expect(clicks).not.toHaveBeenCalled();
    expect(timer).not.toHaveBeenCalled();
    expect(released).toHaveBeenCalledOnce();
    expect(l.isInvalid).toBe(true);
    expect(l.signal.aborted).toBe(true);
  });

  it('ends an older copy of the script when a newer one starts in the same world', () => {
    const old = make();
    const released = vi.fn();
    old.onInvalidated(released);
    const next = make();
    expect(old.isInvalid).toBe(true);
    expect(released).toHaveBeenCalledOnce();
    expect(next.isInvalid).toBe(false);
  });

  it('leaves nothing registered by a timer that has fired', () => {
    const l = make();
    const clear = vi.spyOn(window, 'clearTimeout');
    for (let i = 0; i < 1000; i++) l.setTimeout(() => undefined, 1);
    vi.advanceTimersByTime(10);
    l.end();
    expect(clear).not.toHaveBeenCalled(); // fired timers forgot themselves: nothing left to clear
  });
});

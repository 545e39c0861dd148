/**
 * The content script's lifetime: everything Backstory registers on a page goes
 * through it, and ends with it (an extension update, reload or uninstall).
 *
 * Our own, in place of WXT's ContentScriptContext, which posts a window message
 * carrying the extension id on every page, ends itself when a page replays that
 * message, and reports SPA routes through a window event any page can forge.
 * This one posts nothing and listens to no window message. Its end is seen
 * without the page: the extension's runtime id disappears (an orphaned script),
 * or a newer copy of the script starts in the same isolated world, which a page
 * cannot reach. URL changes come from the Navigation API where the browser has
 * it (Firefox ESR lacks it: there, a 1 s poll of location.href); events only
 * prompt a comparison with the last URL seen, so a forged one changes nothing.
 */
import { browser } from 'wxt/browser';

export interface Lifetime {
  readonly isInvalid: boolean;
  /** Aborts when the lifetime ends: pass it to addEventListener and fetch-like APIs. */
  readonly signal: AbortSignal;
  /** Calls `fn` when the lifetime ends; the returned function cancels that. */
  onInvalidated(fn: () => void): () => void;
  /** A listener removed when the lifetime ends; it is not called once the lifetime is over. */
  listen<K extends keyof WindowEventMap>(target: Window, type: K, fn: (e: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void;
  listen<K extends keyof DocumentEventMap>(target: Document, type: K, fn: (e: DocumentEventMap[K]) => void, options?: AddEventListenerOptions): void;
  /** A timer cleared when the lifetime ends; the returned function clears it. Leaves nothing registered once it has fired. */
  setTimeout(fn: () => void, ms: number): () => void;
  /** Calls `fn` when the page's URL changes without a reload (an SPA route), through no page-reachable event. */
  onUrlChange(fn: (next: URL, previous: URL) => void): void;
}

export interface OwnedLifetime extends Lifetime {
  /** Ends it now: every registration is released. */
  end(): void;
}

/** Where the running copy keeps its lifetime: a property of the isolated world's global, invisible to the page. */
const CURRENT = '__backstoryLifetime';
/** How often to compare location.href where there is no Navigation API (Firefox ESR 140). */
export const URL_POLL_MS = 1000;

export interface LifetimeOptions {
  win?: Window;
  /** False once the extension is gone (updated, reloaded, removed) and this copy is orphaned. */
  alive?: () => boolean;
}

function runtimeAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false; // Firefox throws on a dead extension's runtime
  }
}

/** A new lifetime for this copy of the script; an older copy in the same isolated world ends now. */
export function createLifetime({ win = window, alive = runtimeAlive }: LifetimeOptions = {}): OwnedLifetime {
  const controller = new AbortController();
  const callbacks = new Set<() => void>();
  const urlListeners: ((next: URL, previous: URL) => void)[] = [];
  let watchingUrl = false;

  const end = () => {
    if (controller.signal.aborted) return;
    controller.abort();
    const all = [...callbacks];
    callbacks.clear();
    for (const fn of all) {
      try {
        fn();
      } catch {
        // One failed release must not keep the others registered.
      }
    }
  };

  const lifetime: OwnedLifetime = {
    get isInvalid() {
      if (!controller.signal.aborted && !alive()) end();
      return controller.signal.aborted;
    },
    signal: controller.signal,
    onInvalidated(fn) {
      if (controller.signal.aborted) {
        fn();
        return () => undefined;
      }
      callbacks.add(fn);
      return () => callbacks.delete(fn);
    },
    listen(target: EventTarget, type: string, fn: (e: never) => void, options?: AddEventListenerOptions) {
      if (controller.signal.aborted) return;
      const guarded = (e: Event) => {
        if (!lifetime.isInvalid) (fn as (e: Event) => void)(e);
      };
      target.addEventListener(type, guarded, { ...options, signal: controller.signal });
    },
    setTimeout(fn, ms) {
      if (controller.signal.aborted) return () => undefined;
      const id = win.setTimeout(() => {
        forget();
        if (!lifetime.isInvalid) fn();
      }, ms);
      const forget = lifetime.onInvalidated(() => win.clearTimeout(id));
      return () => {
        forget();
        win.clearTimeout(id);
      };
    },
    onUrlChange(fn) {
      urlListeners.push(fn);
      if (!watchingUrl) watchUrl();
    },
    end,
  };

  function watchUrl() {
    watchingUrl = true;
    let last = win.location.href;
    const compare = () => {
      if (lifetime.isInvalid) return;
      const now = win.location.href;
      if (now === last) return; // a forged event, or one that changed nothing
      const previous = new URL(last);
      last = now;
      const next = new URL(now);
      for (const fn of urlListeners) fn(next, previous);
    };
    const nav = (win as Window & { navigation?: EventTarget }).navigation;
    if (nav && typeof nav.addEventListener === 'function') {
      nav.addEventListener('currententrychange', compare, { signal: controller.signal });
    } else {
      const id = win.setInterval(compare, URL_POLL_MS);
      lifetime.onInvalidated(() => win.clearInterval(id));
    }
    // Back and forward, and anchors: cheap to compare, whatever fired them.
    win.addEventListener('popstate', compare, { signal: controller.signal });
  }

  const world = globalThis as unknown as Record<string, OwnedLifetime | undefined>;
  world[CURRENT]?.end();
  world[CURRENT] = lifetime;
  lifetime.onInvalidated(() => {
    if (world[CURRENT] === lifetime) world[CURRENT] = undefined;
  });
  return lifetime;
}

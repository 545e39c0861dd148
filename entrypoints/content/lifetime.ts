/**
 * The content script's lifetime: everything Backstory registers on a page goes
 * through it, and ends with it (an extension update, reload or uninstall).
 * Today it wraps WXT's ContentScriptContext; issue 10 replaces that with one
 * a page cannot reach (WXT's posts a window message carrying the extension id,
 * and listens for forgeable window events).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface Lifetime {
  readonly isInvalid: boolean;
  /** Aborts when the lifetime ends: pass it to addEventListener and fetch-like APIs. */
  readonly signal: AbortSignal;
  /** Calls `fn` when the lifetime ends; the returned function cancels that. */
  onInvalidated(fn: () => void): () => void;
  /** A listener removed when the lifetime ends. */
  listen<K extends keyof WindowEventMap>(target: Window, type: K, fn: (e: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void;
  listen<K extends keyof DocumentEventMap>(target: Document, type: K, fn: (e: DocumentEventMap[K]) => void, options?: AddEventListenerOptions): void;
  /** Calls `fn` when the page's URL changes without a reload (an SPA route), through no page-reachable event. */
  onUrlChange(fn: (next: URL, previous: URL) => void): void;
}

export function lifetimeFromWxt(ctx: ContentScriptContext): Lifetime {
  return {
    get isInvalid() {
      return ctx.isInvalid;
    },
    get signal() {
      return ctx.signal;
    },
    onInvalidated: (fn) => ctx.onInvalidated(fn),
    listen: (target: EventTarget, type: string, fn: (e: never) => void, options?: AddEventListenerOptions) =>
      target.addEventListener(type, fn as EventListener, { ...options, signal: ctx.signal }),
    onUrlChange: (fn) => ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => fn(newUrl, oldUrl)),
  };
}

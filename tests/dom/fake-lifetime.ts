/** A hand-written Lifetime for the DOM tier: ends when the test says so. */
import type { Lifetime } from '../../entrypoints/content/lifetime.ts';

export interface FakeLifetime extends Lifetime {
  /** Ends the lifetime (an extension update or reload). */
  end(): void;
}

export function fakeLifetime(): FakeLifetime {
  const controller = new AbortController();
  const callbacks = new Set<() => void>();
  return {
    get isInvalid() {
      return controller.signal.aborted;
    },
    signal: controller.signal,
    onInvalidated(fn) {
      callbacks.add(fn);
      return () => callbacks.delete(fn);
    },
    listen(target: EventTarget, type: string, fn: (e: never) => void, options?: AddEventListenerOptions) {
      target.addEventListener(type, fn as EventListener, { ...options, signal: controller.signal });
    },
    setTimeout(fn, ms) {
      const id = setTimeout(fn, ms);
      const forget = () => clearTimeout(id);
      callbacks.add(forget);
      return () => {
        callbacks.delete(forget);
        clearTimeout(id);
      };
    },
    onUrlChange() {},
    end() {
      controller.abort();
      for (const fn of [...callbacks]) fn();
      callbacks.clear();
    },
  };
}

/**
 * The reader's date correction for this page (data/date-override.ts), read
 * straight from storage.local and followed while the page is open, so a date
 * corrected in the popup reaches the next card at once. Released with `lifetime`.
 */
import { browser } from 'wxt/browser';
import { DATE_OVERRIDES_KEY, dateOverrideFor } from '../../data/date-override.ts';
import type { Lifetime } from './lifetime.ts';

export interface DateCorrection {
  /** The reader's date for `url`, or null when they have not corrected it. */
  dayFor(url: string): string | null;
}

/** Starts reading; `onChange` runs once the stored value is first read and on every change to it. */
export function watchDateCorrection(lifetime: Lifetime, onChange: () => void): DateCorrection {
  let stored: unknown;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(DATE_OVERRIDES_KEY in changes)) return;
    stored = changes[DATE_OVERRIDES_KEY]!.newValue;
    onChange();
  };
  browser.storage.onChanged.addListener(listener);
  lifetime.onInvalidated(() => browser.storage.onChanged.removeListener(listener));
  void browser.storage.local.get(DATE_OVERRIDES_KEY).then((got) => {
    if (lifetime.isInvalid) return;
    stored = got[DATE_OVERRIDES_KEY];
    onChange();
  }, () => undefined); // no storage (the extension went away): the page's own date stands
  return { dayFor: (url) => dateOverrideFor(stored, url) };
}

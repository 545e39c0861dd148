/**
 * Loads the annotator chunk: a web-accessible ES module, built beside the
 * content script (see wxt.config.ts), imported into the content script's own
 * isolated world. Chrome serves it under a per-session dynamic URL
 * (`use_dynamic_url`), so a page cannot probe for it.
 */
import type { Lifetime } from './lifetime.ts';
import { phase } from './measure.ts';

/** Where the build puts the chunk, relative to the extension's root. */
export const ANNOTATOR_PATH = '/content-scripts/annotator.js';

interface AnnotatorModule {
  startBackstory(lifetime: Lifetime, doc?: Document): void;
}

export async function loadAnnotator(lifetime: Lifetime): Promise<void> {
  // The URL is built inside import(), from the global `chrome` (Firefox has it too): Firefox's
  // add-on linter accepts import() of runtime.getURL(…) and warns on any other argument,
  // and a bundled `browser` import would reach the output under a minified name.
  const mod = await phase('load', () => import(/* @vite-ignore */ chrome.runtime.getURL(ANNOTATOR_PATH)) as Promise<AnnotatorModule>);
  if (!lifetime.isInvalid) mod.startBackstory(lifetime);
}

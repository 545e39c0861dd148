/**
 * The script every page loads: the gate, and nothing else. Only a page that
 * names the story loads the annotator (scope, detection, matcher, painter, cards).
 *
 * Not a WXT content-script entrypoint: wxt.config.ts builds it with esbuild and
 * declares it in the manifest itself, because WXT's wrapper constructs a
 * ContentScriptContext on every page, which posts a window message carrying the
 * extension id and can be switched off by a page replaying it (lifetime.ts).
 * It adds no stylesheet either: only the annotator does, on coverage pages.
 */
import { watchGate } from './gate-watch.ts';
import { createLifetime } from './lifetime.ts';
import { loadAnnotator } from './load-annotator.ts';

// Highlights need the Custom Highlight API (Chrome 105, Firefox 140); without it, do nothing.
if (typeof Highlight !== 'undefined' && 'highlights' in CSS) {
  const lifetime = createLifetime();
  watchGate(lifetime, document, () => loadAnnotator(lifetime));
}

import { defineContentScript } from 'wxt/utils/define-content-script';
import './highlights.css';
import { watchGate } from './gate-watch.ts';
import { loadAnnotator } from './load-annotator.ts';

/**
 * The script every page loads: the gate, and nothing else. Only a page that
 * names the story loads the annotator (scope, detection, matcher, painter, cards).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  cssInjectionMode: 'manifest',
  main(ctx) {
    // Highlights need the Custom Highlight API (Chrome 105, Firefox 140); without it, do nothing.
    if (typeof Highlight === 'undefined' || !('highlights' in CSS)) return;
    watchGate(ctx, document, () => loadAnnotator(ctx));
  },
});

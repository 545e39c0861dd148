import './highlights.css';
import { startBackstory } from './controller.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  cssInjectionMode: 'manifest',
  main(ctx) {
    // Highlights need the Custom Highlight API (Chrome 105, Firefox 140); without it, do nothing.
    if (typeof Highlight === 'undefined' || !('highlights' in CSS)) return;
    startBackstory(ctx);
  },
});

/**
 * Backstory's one element in a page: a plain <div> (never a custom element, so a
 * page that defines `backstory-ui` or patches customElements runs no code of
 * ours and cannot swap our host) holding a closed shadow root. Created only when
 * a card or preview first shows, and removed when the last one closes.
 * Test hook: with the test switch on (storage.local["backstory:measures"]) the
 * root is attached open, so the e2e tests can read it; it is closed for users.
 */
import { keyStep } from './hit-test.ts';
import { testSwitchOn } from './measure.ts';
import cardCss from './card.css?inline';

/** Marks the host, so the tests (and a reader's devtools) can find it. */
export const UI_HOST_ATTRIBUTE = 'data-backstory-ui';

/** Keys typed in the card stay in the card: site shortcuts must not fire. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export interface UiHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Where the card renders. */
  readonly card: HTMLElement;
  /** Where the hover preview renders. */
  readonly preview: HTMLElement;
  /** Puts the host in the page, if it is not there. */
  mount(): void;
  remove(): void;
}

export function createUiHost(doc: Document, open = testSwitchOn()): UiHost {
  // The HTML namespace's own div: createElement('div') cannot be upgraded by a page's custom element registry.
  const host = doc.createElementNS('http://www.w3.org/1999/xhtml', 'div') as HTMLElement;
  host.setAttribute(UI_HOST_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: open ? 'open' : 'closed' });
  const style = doc.createElement('style');
  // Inherited page styles stop at the host; rem units and fonts still come from the page.
  style.textContent = `:host{all:initial !important;}\n${cardCss}`;
  const card = doc.createElement('div');
  const preview = doc.createElement('div');
  root.append(style, card, preview);
  for (const type of ISOLATED_EVENTS) {
    // Backstory's own step-through keys (Alt+Shift+N/P) still reach its document listener.
    root.addEventListener(type, (e) => {
      if (keyStep(e as KeyboardEvent) === 0) e.stopPropagation();
    });
  }
  return {
    host,
    root,
    card,
    preview,
    mount() {
      if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
    },
    remove: () => host.remove(),
  };
}

// @vitest-environment happy-dom
/**
 * Backstory's one element in a page: a plain div with a closed shadow root,
 * in the page only while mounted, and taken out whole.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUiHost, UI_HOST_ATTRIBUTE } from '../../entrypoints/content/card-host.ts';

afterEach(() => document.body.replaceChildren());

const hosts = () => document.querySelectorAll(`[${UI_HOST_ATTRIBUTE}]`);

describe('createUiHost', () => {
  it('adds nothing to the page until it is mounted, then one plain div whose insides the page cannot reach', () => {
    document.body.innerHTML = '<p>ByteDance owns TikTok.</p>';
    const before = document.body.innerHTML;
    const ui = createUiHost(document, false);
    expect(hosts()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
    ui.mount();
    const later = document.body.appendChild(document.createElement('footer')); // the page goes on adding
    ui.mount(); // the next card: the host stays where it is, once
    expect(hosts()).toHaveLength(1);
    expect(document.body.lastElementChild).toBe(later);
    const host = hosts()[0] as HTMLElement;
    expect(host.tagName).toBe('DIV');
    expect(host.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    // Closed: the page sees an element with no shadow root and no children.
    expect(host.shadowRoot).toBeNull();
    expect(host.childNodes).toHaveLength(0);
    // The card and the preview live inside it.
    expect(ui.root.contains(ui.card) && ui.root.contains(ui.preview)).toBe(true);
  });

  it('takes itself out of the page whole, leaving the page as it was', () => {
    document.body.innerHTML = '<p>ByteDance owns TikTok.</p>';
    const before = document.body.innerHTML;
    const ui = createUiHost(document, false);
    ui.mount();
    ui.remove();
    expect(hosts()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
    ui.mount(); // the next card brings the same host back
    expect(hosts()).toHaveLength(1);
  });

  it('attaches an open root only with the test switch, for the end-to-end tests to read', () => {
    const ui = createUiHost(document, true);
    ui.mount();
    expect(ui.host.shadowRoot).toBe(ui.root);
  });

  it('is not a custom element: a page that defines backstory names runs none of its code on our host', () => {
    const constructed = vi.fn();
    customElements.define('backstory-ui', class extends HTMLElement {
      constructor() {
        super();
        constructed();
      }
    });
    const ui = createUiHost(document, false);
    ui.mount();
    expect(constructed).not.toHaveBeenCalled();
    expect(ui.host.constructor).toBe(HTMLDivElement);
  });

  it('keeps keys typed in the card from the page’s shortcuts, but lets Backstory’s own step keys through', () => {
    const pageKeys = vi.fn();
    const listening = new AbortController();
    document.addEventListener('keydown', (e) => pageKeys(e.code), { signal: listening.signal });
    const ui = createUiHost(document, false);
    ui.mount();
    const input = ui.card.appendChild(document.createElement('button'));
    for (const init of [{ code: 'KeyJ' }, { code: 'Slash', shiftKey: true }, { code: 'KeyN', altKey: true, shiftKey: true }]) {
      input.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true }));
    }
    expect(pageKeys.mock.calls).toEqual([['KeyN']]);
    listening.abort();
  });
});

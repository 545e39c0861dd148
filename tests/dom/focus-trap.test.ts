// @vitest-environment happy-dom
/** Tab and Shift+Tab stay inside an open card: from the last control to the first, and back. */
import { afterEach, describe, expect, it } from 'vitest';
import { trapTab } from '../../components/focus-trap.ts';

afterEach(() => document.body.replaceChildren());

function dialog(html: string, root: Document | ShadowRoot = document) {
  const host = root === document ? document.body : (root as ShadowRoot);
  const el = document.createElement('div');
  el.tabIndex = -1;
  el.setAttribute('role', 'dialog');
  el.innerHTML = html;
  host.append(el);
  return el;
}

const tab = (shiftKey = false, key = 'Tab') => new KeyboardEvent('keydown', { key, shiftKey, cancelable: true });

function press(container: HTMLElement, e = tab()) {
  const moved = trapTab(e, container);
  return { moved, prevented: e.defaultPrevented };
}

const CONTROLS = '<button id="close">×</button><a id="src" href="https://example.com">Source</a><button id="off" disabled>Off</button><span id="plain">text</span><button id="more">More</button>';

describe('trapTab', () => {
  it('sends Tab from the last control back to the first', () => {
    const d = dialog(CONTROLS);
    d.querySelector<HTMLElement>('#more')!.focus();
    expect(press(d)).toEqual({ moved: true, prevented: true });
    expect(document.activeElement?.id).toBe('close');
  });

  it('sends Shift+Tab from the first control round to the last, skipping disabled ones', () => {
    const d = dialog('<button id="close">×</button><button id="more">More</button><button id="off" disabled>Off</button>');
    d.querySelector<HTMLElement>('#close')!.focus();
    expect(press(d, tab(true))).toEqual({ moved: true, prevented: true });
    expect(document.activeElement?.id).toBe('more');
  });

  it('leaves Tab between controls in the middle to the browser', () => {
    const d = dialog(CONTROLS);
    d.querySelector<HTMLElement>('#src')!.focus();
    expect(press(d)).toEqual({ moved: false, prevented: false });
    expect(press(d, tab(true))).toEqual({ moved: false, prevented: false });
    expect(document.activeElement?.id).toBe('src');
  });

  it('brings focus that is outside the card (or on the card itself) back in', () => {
    const outside = document.body.appendChild(document.createElement('button'));
    const d = dialog(CONTROLS);
    outside.focus();
    press(d);
    expect(document.activeElement?.id).toBe('close');
    d.focus();
    press(d, tab(true));
    expect(document.activeElement?.id).toBe('more');
  });

  it('keeps focus on a card with no control at all', () => {
    const d = dialog('<p>Loading…</p>');
    expect(press(d)).toEqual({ moved: true, prevented: true });
    expect(document.activeElement).toBe(d);
  });

  it('ignores other keys', () => {
    const d = dialog(CONTROLS);
    d.querySelector<HTMLElement>('#more')!.focus();
    expect(press(d, tab(false, 'Enter'))).toEqual({ moved: false, prevented: false });
    expect(document.activeElement?.id).toBe('more');
  });

  it('reads focus from the shadow root the card lives in, not from the page', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const root = host.attachShadow({ mode: 'closed' });
    const d = dialog(CONTROLS, root);
    // The page's document sees only the host as focused: read from it, every Tab would jump to the first control.
    d.querySelector<HTMLElement>('#src')!.focus();
    expect(press(d)).toEqual({ moved: false, prevented: false });
    d.querySelector<HTMLElement>('#more')!.focus();
    press(d);
    expect(root.activeElement?.id).toBe('close');
  });
});

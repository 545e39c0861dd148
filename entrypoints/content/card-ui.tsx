/**
 * The card's shell: one shadow-root host (Backstory's only DOM in the page),
 * the Preact card rendered into it, placed beside the clicked term with
 * floating-ui, and focus returned where it was when the card closes.
 */
import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ContextCard, type CardState } from '../../components/ContextCard.tsx';
import cardCss from './card.css?inline';

export const UI_HOST_NAME = 'backstory-ui';

export interface CardUi {
  open(anchor: StaticRange, state: CardState): void;
  update(state: CardState): void;
  close(): void;
  isOpen(): boolean;
  /** The host element, when mounted: mutations inside it are our own. */
  host(): Element | undefined;
}

/** A floating-ui reference built from a StaticRange (which has no geometry of its own). */
function rangeReference(anchor: StaticRange): VirtualElement {
  const live = () => {
    const r = document.createRange();
    r.setStart(anchor.startContainer, anchor.startOffset);
    r.setEnd(anchor.endContainer, anchor.endOffset);
    return r;
  };
  return {
    getBoundingClientRect: () => live().getBoundingClientRect(),
    getClientRects: () => live().getClientRects(),
    contextElement: anchor.startContainer.parentElement ?? undefined,
  };
}

export async function createCardUi(ctx: ContentScriptContext): Promise<CardUi> {
  let state: CardState | undefined;
  let anchor: StaticRange | undefined;
  let returnFocus: HTMLElement | null = null;
  let stopAutoUpdate: (() => void) | undefined;
  let container: HTMLElement | undefined;

  const ui = await createShadowRootUi(ctx, {
    name: UI_HOST_NAME,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: cardCss,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(uiContainer) {
      container = uiContainer;
    },
    onRemove() {
      stopAutoUpdate?.();
      if (container) render(null, container);
    },
  });

  const close = () => {
    stopAutoUpdate?.();
    stopAutoUpdate = undefined;
    state = undefined;
    anchor = undefined;
    if (container) render(null, container);
    ui.remove();
    const target = returnFocus;
    returnFocus = null;
    if (target?.isConnected) target.focus({ preventScroll: true });
  };

  const paint = () => {
    if (!container || !state) return;
    render(<ContextCard state={state} onClose={close} />, container);
    const floating = container.querySelector<HTMLElement>('.bs-card');
    if (!floating || !anchor) return;
    const reference = rangeReference(anchor);
    stopAutoUpdate?.();
    stopAutoUpdate = autoUpdate(reference, floating, () => {
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        floating.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  };

  return {
    open(range, next) {
      if (!state) {
        const active = document.activeElement;
        returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
      }
      anchor = range;
      state = next;
      if (!ui.shadowHost.isConnected) ui.mount();
      paint();
    },
    update(next) {
      if (!state) return;
      state = next;
      paint();
    },
    close: () => {
      if (state) close();
    },
    isOpen: () => state !== undefined,
    host: () => (ui.shadowHost.isConnected ? ui.shadowHost : undefined),
  };
}

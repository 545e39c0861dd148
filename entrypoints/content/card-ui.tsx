/**
 * The card's shell: one shadow-root host (Backstory's only DOM in the page),
 * the Preact card rendered into it, placed beside the clicked term with
 * floating-ui, and focus returned where it was when the card closes.
 * The host is hand-made rather than WXT's createShadowRootUi, which costs ~4 KB
 * gzipped in a script every page loads; it does the same few things.
 */
import { computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import type { CardData } from '../../data/protocol.ts';
import type { Layer } from '../../data/layers.ts';
import type { Lifetime } from './lifetime.ts';
import { record } from './measure.ts';
import { ContextCard, type CardState } from '../../components/ContextCard.tsx';
import { keyStep } from './hit-test.ts';
import cardCss from './card.css?inline';

export const UI_HOST_NAME = 'backstory-ui';

export interface CardRecordRef {
  id: string;
  layer: Layer;
}

export interface CardUi {
  /** Opens (or re-targets) the card at `anchor` for `records`, most specific first. */
  open(anchor: StaticRange, records: readonly CardRecordRef[]): void;
  close(): void;
  isOpen(): boolean;
  /** True for a node inside Backstory's own card host. */
  owns(node: Node): boolean;
}

export interface CardUiOptions {
  lifetime: Lifetime;
  loadCard(id: string): Promise<CardData>;
  /** Re-seeds the stored data (the error card's Repair button). */
  repairData?(): Promise<void>;
  doc?: Document;
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

/** Keys typed in the card stay in the card: site shortcuts must not fire. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

function createHost(doc: Document) {
  const host = doc.createElement(UI_HOST_NAME);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // Inherited page styles stop at the host; rem units and fonts still come from the page.
  style.textContent = `:host{all:initial !important;}\n${cardCss}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) {
    // Backstory's own step-through keys (Alt+Shift+N/P) still reach its document listener.
    shadow.addEventListener(type, (e) => {
      if (keyStep(e as KeyboardEvent) === 0) e.stopPropagation();
    });
  }
  return { host, container };
}

/** What a card says when it cannot load: the background's own plain words, or these. */
const NOT_LOADED = 'This card could not be loaded: Backstory’s background did not answer.';

export function createCardUi({ lifetime, loadCard, repairData, doc = document }: CardUiOptions): CardUi {
  let state: CardState | undefined;
  let anchor: StaticRange | undefined;
  let returnFocus: HTMLElement | null = null;
  let stopFollowing: (() => void) | undefined;
  // Made on first open, not with the card UI: a page's own element of this name must not cost the highlights.
  let made: ReturnType<typeof createHost> | undefined;
  const ui = {
    mount: () => (doc.body ?? doc.documentElement).append((made ??= createHost(doc)).host),
    remove() {
      stopFollowing?.();
      if (!made) return;
      render(null, made.container);
      made.host.remove();
    },
  };
  lifetime.onInvalidated(() => ui.remove());

  const close = () => {
    stopFollowing?.();
    stopFollowing = undefined;
    state = undefined;
    anchor = undefined;
    ui.remove();
    const target = returnFocus;
    returnFocus = null;
    if (target?.isConnected) target.focus({ preventScroll: true });
  };

  const paint = () => {
    if (!state) return;
    if (!made) return;
    render(<ContextCard state={state} onClose={close} />, made.container);
    const floating = made.container.querySelector<HTMLElement>('.bs-card');
    if (!floating || !anchor) return;
    const reference = rangeReference(anchor);
    const place = () =>
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        floating.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    place();
    // Follow the word on scroll and resize (floating-ui's autoUpdate would add ~1 KB to every page).
    stopFollowing?.();
    const opts = { capture: true, passive: true };
    window.addEventListener('scroll', place, opts);
    window.addEventListener('resize', place, opts);
    stopFollowing = () => {
      window.removeEventListener('scroll', place, opts);
      window.removeEventListener('resize', place, opts);
    };
  };

  let opened = 0;
  const show = (next: CardState) => {
    state = next;
    paint();
  };

  const failed = (err: unknown, range: StaticRange, records: readonly CardRecordRef[]): Extract<CardState, { status: 'error' }> => ({
    status: 'error',
    message: err instanceof Error && err.name === 'BackstoryAnswerError' ? err.message : NOT_LOADED,
    repair: repairData
      ? () => {
          show({ status: 'loading' });
          void repairData().then(
            () => api.open(range, records),
            (e: unknown) => state && show({ status: 'error', message: failed(e, range, records).message }),
          );
        }
      : undefined,
  });

  const api: CardUi = {
    open(range, records) {
      if (!state) {
        const active = doc.activeElement;
        returnFocus = active instanceof HTMLElement && active !== doc.body ? active : null;
      }
      anchor = range;
      if (!made?.host.isConnected) ui.mount();
      show({ status: 'loading' });
      const start = performance.now();
      const token = ++opened;
      loadCard(records[0]!.id).then(
        (card) => token === opened && state && show({ status: 'ready', card }),
        (err: unknown) => token === opened && state && show(failed(err, range, records)),
      ).finally(() => requestAnimationFrame(() => record('card', start)));
    },
    close: () => {
      if (state) close();
    },
    isOpen: () => state !== undefined,
    owns: (node) => made !== undefined && (node === made.host || made.host.contains(node)),
  };
  return api;
}

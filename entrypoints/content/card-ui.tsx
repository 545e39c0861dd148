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
import { createUiHost, type UiHost } from './card-host.ts';

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

export function createCardUi({ lifetime, loadCard, doc = document }: CardUiOptions): CardUi {
  let state: CardState | undefined;
  let anchor: StaticRange | undefined;
  let returnFocus: HTMLElement | null = null;
  let stopFollowing: (() => void) | undefined;
  // Made at the first card, so a page where no card opens never holds the host.
  let ui: UiHost | undefined;
  const remove = () => {
    stopFollowing?.();
    if (!ui) return;
    render(null, ui.card);
    ui.remove();
  };
  lifetime.onInvalidated(remove);

  const close = () => {
    stopFollowing?.();
    stopFollowing = undefined;
    state = undefined;
    anchor = undefined;
    remove();
    const target = returnFocus;
    returnFocus = null;
    if (target?.isConnected) target.focus({ preventScroll: true });
  };

  const paint = () => {
    if (!state) return;
    if (!ui) return;
    render(<ContextCard state={state} onClose={close} />, ui.card);
    const floating = ui.card.querySelector<HTMLElement>('.bs-card');
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

  return {
    open(range, records) {
      if (!state) {
        const active = doc.activeElement;
        returnFocus = active instanceof HTMLElement && active !== doc.body ? active : null;
      }
      anchor = range;
      ui ??= createUiHost(doc);
      ui.mount();
      show({ status: 'loading' });
      const start = performance.now();
      const token = ++opened;
      loadCard(records[0]!.id).then(
        (card) => token === opened && state && show({ status: 'ready', card }),
        (err: unknown) => token === opened && state && show({ status: 'error', message: err instanceof Error ? err.message : 'This card could not be loaded.' }),
      ).finally(() => requestAnimationFrame(() => record('card', start)));
    },
    close: () => {
      if (state) close();
    },
    isOpen: () => state !== undefined,
    owns: (node) => !!ui && (node === ui.host || ui.host.contains(node)),
  };
}

/**
 * The card's shell: the UI host (card-host.ts), the Preact card and hover
 * preview rendered into it, each placed beside its words with floating-ui
 * (flip, shift, and size so the card's height is capped at the room there is and
 * it scrolls inside; autoUpdate keeps it attached on scroll and resize). Below
 * SHEET_BELOW_PX of width the card is a bottom sheet instead. A press outside
 * closes it; focus returns to where it was. Nothing here scrolls the page.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import type { CardData } from '../../data/protocol.ts';
import type { Layer } from '../../data/layers.ts';
import type { Lifetime } from './lifetime.ts';
import { record } from './measure.ts';
import { CardDialog } from '../../components/CardDialog.tsx';
import { CardPreview } from '../../components/CardPreview.tsx';
import { browser } from 'wxt/browser';
import { createT } from '../../data/i18n.ts';
import { TYPE_LABEL_KEYS } from '../../components/CardDialog.tsx';
import { createUiHost, type UiHost } from './card-host.ts';
import { pageIsDark } from './page-theme.ts';
import { SHEET_BELOW_PX } from './card-limits.ts';

/** Room kept between the card and the window's edges. */
const EDGE_PX = 8;
/** Gap between the words and the card or preview. */
const GAP_PX = 6;

export interface CardRecordRef {
  id: string;
  layer: Layer;
}

export interface CardUi {
  /** Opens (or re-targets) the card at `anchor` for `records`, most specific first: a tab each. */
  open(anchor: StaticRange, records: readonly CardRecordRef[]): void;
  close(): void;
  isOpen(): boolean;
  /** Shows the small hover preview of `id` beside `anchor`. */
  preview(anchor: StaticRange, id: string): void;
  hidePreview(): void;
  /** True for a node inside Backstory's own card host. */
  owns(node: Node): boolean;
}

export interface CardUiOptions {
  lifetime: Lifetime;
  loadCard(id: string): Promise<CardData>;
  /** Re-seeds the stored data from the bundled copy: offered as Repair on a card that could not load. */
  repairData?(): Promise<void>;
  doc?: Document;
}

/** A tab's word until its record loads. */
const LAYER_TYPE = { entities: 'entity', timeline: 'event', claims: 'claim', figures: 'figure' } as const satisfies Record<Layer, string>;
/** UI strings from _locales/, in the browser's language (browser.i18n works in content scripts). */
const t = createT((key, subs) => browser.i18n.getMessage(key as never, subs));

/** A floating-ui reference built from a StaticRange (which has no geometry of its own). */
function rangeReference(anchor: StaticRange): VirtualElement {
  const live = () => {
    const r = anchor.startContainer.ownerDocument!.createRange();
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

const darkAt = (anchor: StaticRange, doc: Document) => {
  const el = anchor.startContainer.parentElement ?? doc.body;
  return el ? pageIsDark(el) : false;
};

export function createCardUi({ lifetime, loadCard, repairData, doc = document }: CardUiOptions): CardUi {
  const win = doc.defaultView ?? window;
  let anchor: StaticRange | undefined;
  let records: readonly CardRecordRef[] = [];
  let returnFocus: HTMLElement | null = null;
  let stopFollowing: (() => void) | undefined;
  let previewing: { stop(): void; token: number } | undefined;
  let previews = 0;
  let opened = 0;
  let sheetShown = false;
  // Made at the first card, so a page where no card opens never holds the host.
  let ui: UiHost | undefined;

  const isSheet = () => win.innerWidth < SHEET_BELOW_PX;
  const removeIfIdle = () => {
    if (ui && !anchor && !previewing) ui.remove();
  };

  const hidePreview = () => {
    if (!previewing) return;
    previewing.stop();
    previewing = undefined;
    if (ui) render(null, ui.preview);
    removeIfIdle();
  };

  const close = () => {
    if (!anchor) return;
    stopFollowing?.();
    stopFollowing = undefined;
    anchor = undefined;
    if (ui) render(null, ui.card);
    removeIfIdle();
    const target = returnFocus;
    returnFocus = null;
    if (target?.isConnected) target.focus({ preventScroll: true });
  };

  const place = (floating: HTMLElement, reference: VirtualElement) => {
    if (isSheet() !== sheetShown) return paint(); // crossed the phone width: re-render as the other kind
    if (sheetShown) {
      floating.style.removeProperty('max-height');
      floating.style.removeProperty('left');
      floating.style.removeProperty('top');
      return;
    }
    // flip must weigh the card's full height, not the cap the last placement gave it (a card placed
    // while "Loading…" would otherwise stay squeezed below the word once its content arrives).
    floating.style.removeProperty('max-height');
    void computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP_PX),
        flip({ padding: EDGE_PX, fallbackStrategy: 'bestFit' }),
        shift({ padding: EDGE_PX }),
        // Capped at the room on the chosen side, so it never covers the words; it scrolls inside.
        size({
          padding: EDGE_PX,
          apply({ availableHeight, elements }) {
            elements.floating.style.maxHeight = `${Math.max(0, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      floating.style.left = `${Math.round(x)}px`;
      floating.style.top = `${Math.round(y)}px`;
    });
  };

  function paint() {
    if (!ui || !anchor) return;
    const token = opened;
    const start = performance.now();
    sheetShown = isSheet();
    render(
      <CardDialog
        key={token}
        tabs={records.map((r) => ({ id: r.id, label: t(TYPE_LABEL_KEYS[LAYER_TYPE[r.layer]]) }))}
        load={loadCard}
        repair={repairData}
        onClose={close}
        sheet={sheetShown}
        dark={darkAt(anchor, doc)}
        onReady={() => requestAnimationFrame(() => record('card', start))}
        pageUrl={doc.URL}
        t={t}
        locale={browser.i18n.getUILanguage()}
      />,
      ui.card,
    );
    const floating = ui.card.querySelector<HTMLElement>('.bs-card');
    if (!floating) return;
    const reference = rangeReference(anchor);
    stopFollowing?.();
    stopFollowing = autoUpdate(reference, floating, () => place(floating, reference));
  }

  // A press anywhere outside the card closes it (capture: a page stopping events cannot keep it open).
  lifetime.listen(win, 'pointerdown', (e) => {
    if (anchor && !(e.target instanceof Node && owns(e.target))) close();
  }, { capture: true });
  lifetime.onInvalidated(() => {
    hidePreview();
    close();
    ui?.remove();
  });

  const owns = (node: Node) => !!ui && (node === ui.host || ui.host.contains(node));

  return {
    open(range, next) {
      if (next.length === 0) return;
      hidePreview();
      if (!anchor) {
        const active = doc.activeElement;
        returnFocus = active instanceof HTMLElement && active !== doc.body ? active : null;
      }
      anchor = range;
      records = next;
      opened++;
      ui ??= createUiHost(doc);
      ui.mount();
      paint();
    },
    close,
    isOpen: () => anchor !== undefined,
    preview(range, id) {
      hidePreview();
      const token = ++previews;
      ui ??= createUiHost(doc);
      const host = ui;
      previewing = { stop: () => undefined, token };
      loadCard(id).then((card) => {
        if (previewing?.token !== token) return;
        host.mount();
        render(<CardPreview card={card} dark={darkAt(range, doc)} />, host.preview);
        const floating = host.preview.querySelector<HTMLElement>('.bs-preview');
        if (!floating) return;
        const reference = rangeReference(range);
        void computePosition(reference, floating, {
          strategy: 'fixed',
          placement: 'top-start',
          middleware: [offset(GAP_PX), flip({ padding: EDGE_PX }), shift({ padding: EDGE_PX })],
        }).then(({ x, y }) => {
          floating.style.left = `${Math.round(x)}px`;
          floating.style.top = `${Math.round(y)}px`;
        });
      }, () => {
        if (previewing?.token === token) hidePreview();
      });
    },
    hidePreview,
    owns,
  };
}

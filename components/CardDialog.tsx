import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardData } from '../data/protocol.ts';
import { clipWords } from '../data/records/card-brief.ts';
import { ContextCard } from './ContextCard.tsx';
import { trapTab } from './focus-trap.ts';
import { englishT, type MessageKey, type Translate } from '../data/i18n.ts';

/** A record at the clicked point, with the layer label to show until its card arrives. */
export interface CardTab {
  id: string;
  label: string;
}

export interface CardDialogProps {
  /** The records at the clicked point, most specific first: one tab each when there are several. */
  tabs: readonly CardTab[];
  load(id: string): Promise<CardData>;
  /** Offered as a Repair button on a card that could not load: re-seeds the stored data, then the card loads again. */
  repair?(): Promise<void>;
  onClose(): void;
  /** A bottom sheet (narrow windows) rather than a card beside the word. */
  sheet: boolean;
  dark: boolean;
  /** Called after each render that may change the card's size, so its shell can place it again. */
  onLayout?(): void;
  /** Called once the first card's data is on screen. */
  onReady?(): void;
  /** The page the card is open on, for "Report a problem" (only sent if the reader ticks a box). */
  pageUrl?: string;
  /** UI strings (browser.i18n in the content script); English when absent. */
  t?: Translate;
  /** The browser's language, for dates and plurals. */
  locale?: string;
}

type Loaded = { card: CardData } | { error: string };

/** What a card says when it cannot load: the background's own plain words, or these. */
const loadError = (err: unknown, t: Translate) => (err instanceof Error && err.name === 'BackstoryAnswerError' ? err.message : t('cardNotLoaded'));

/** Each type's word for a tab, before the record's own name is known. */
export const TYPE_LABEL_KEYS: Record<CardData['type'], MessageKey> = { entity: 'cardTypeName', event: 'cardTypeEvent', claim: 'cardTypeClaim', figure: 'cardTypeFigure' };
/** A tab says what the record is: a name's own name, else its type. */
const tabLabel = (c: CardData, t: Translate) => (c.type === 'entity' ? c.title : t(TYPE_LABEL_KEYS[c.type]));
/** A downward drag of the sheet longer than this closes it. */
const SWIPE_CLOSE_PX = 64;

/**
 * The card as a dialog: tabs for every record at the clicked point, a trail of
 * records opened from inside it (Back and a breadcrumb), focus kept inside
 * (Tab cycles), Escape closes from anywhere in it, and, as a bottom sheet, a
 * swipe down closes it. Loads each record's card through `load`.
 */
export function CardDialog({ tabs, load, repair, onClose, sheet, dark, onLayout, onReady, pageUrl, t = englishT, locale }: CardDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  /** Per tab, the records opened from it; the last is on screen. */
  const [trails, setTrails] = useState<string[][]>(() => tabs.map((t) => [t.id]));
  const [expanded, setExpanded] = useState(false);
  const [loaded, setLoaded] = useState<ReadonlyMap<string, Loaded>>(new Map());
  const asked = useRef(new Set<string>());
  /** Bumped by Repair, so the records that failed are asked for again. */
  const [attempt, setAttempt] = useState(0);
  const ready = useRef(false);

  const trail = trails[active]!;
  const current = trail[trail.length - 1]!;
  const want = [...new Set([...tabs.map((t) => t.id), current])];
  useEffect(() => {
    for (const id of want) {
      if (asked.current.has(id)) continue;
      asked.current.add(id);
      load(id).then(
        (card) => setLoaded((m) => new Map(m).set(id, { card })),
        (err: unknown) => setLoaded((m) => new Map(m).set(id, { error: loadError(err, t) })),
      );
    }
  }, [want.join(' '), attempt]);

  useEffect(() => {
    dialog.current?.focus({ preventScroll: true });
  }, [active, trail.length]);
  useEffect(() => {
    onLayout?.();
    if (!ready.current && loaded.has(tabs[0]!.id)) {
      ready.current = true;
      onReady?.();
    }
  });

  const shown = loaded.get(current);
  const card = shown && 'card' in shown ? shown.card : undefined;
  const go = (next: string[]) => {
    setTrails(trails.map((t, i) => (i === active ? next : t)));
    setExpanded(false);
  };
  const title = card?.title ?? (shown ? 'Backstory' : t('cardLoading'));
  const nameOf = (id: string) => {
    const l = loaded.get(id);
    return l && 'card' in l ? clipWords(l.card.title, 4) : '…';
  };

  return (
    <div
      ref={dialog}
      class={`bs-card${card ? ` bs-${card.type}` : ''}${sheet ? ' bs-sheet' : ''}${dark ? ' bs-dark' : ''}`}
      role="dialog"
      aria-labelledby="bs-kicker bs-title"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          e.preventDefault();
          onClose();
        } else trapTab(e, dialog.current!);
      }}
    >
      {sheet && <SheetGrip dialog={dialog} onClose={onClose} />}
      <header class="bs-head">
        {tabs.length > 1 && (
          <div class="bs-tabs" role="tablist" aria-label={t('cardRecordsHere')}>
            {tabs.map((tab, i) => {
              const l = loaded.get(tab.id);
              return (
                <button
                  key={tab.id}
                  type="button"
                  role="tab"
                  id={`bs-tab-${i}`}
                  aria-selected={i === active}
                  aria-controls="bs-panel"
                  class="bs-tab"
                  onClick={() => {
                    setActive(i);
                    setExpanded(false);
                  }}
                >
                  {l && 'card' in l ? clipWords(tabLabel(l.card, t), 3) : tab.label}
                </button>
              );
            })}
          </div>
        )}
        {trail.length > 1 && (
          <nav class="bs-trail" aria-label={t('cardTrail')}>
            <button type="button" class="bs-back" onClick={() => go(trail.slice(0, -1))}>{t('cardBack')}</button>
            <ol>
              {trail.slice(0, -1).map((id, i) => (
                <li key={`${i}-${id}`}>
                  <button type="button" class="bs-crumb" onClick={() => go(trail.slice(0, i + 1))}>{nameOf(id)}</button>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <p id="bs-kicker" class="bs-kicker">{card?.kicker ?? ''}</p>
        <h2 id="bs-title" class="bs-title">{title}</h2>
        <button type="button" class="bs-close" aria-label={t('cardClose')} onClick={onClose}>×</button>
      </header>
      <div id="bs-panel" class="bs-scroll" {...(tabs.length > 1 ? { role: 'tabpanel', 'aria-labelledby': `bs-tab-${active}` } : {})}>
        {shown && 'error' in shown && <p class="bs-error">{shown.error}</p>}
        {shown && 'error' in shown && repair && (
          <button type="button" class="bs-repair" onClick={() => {
            // Forget what failed, repair the store, then ask again: the effect above reloads what is missing.
            void repair().catch(() => undefined).then(() => {
              asked.current.clear();
              setLoaded(new Map());
              setAttempt((n) => n + 1);
            });
          }}>{t('cardRepair')}</button>
        )}
        {card && (
          <ContextCard
            card={card}
            expanded={expanded}
            onToggle={() => setExpanded(!expanded)}
            onOpen={(id) => go([...trail, id])}
            pageUrl={pageUrl}
            t={t}
            locale={locale}
          />
        )}
      </div>
    </div>
  );
}

/** The sheet's handle: drag it (or the header) down to close. Pointer events, so touch, pen and mouse all work. */
function SheetGrip({ dialog, onClose }: { dialog: { current: HTMLDivElement | null }; onClose(): void }) {
  const start = useRef<number | null>(null);
  const move = (dy: number) => {
    if (dialog.current) dialog.current.style.transform = dy > 0 ? `translateY(${dy}px)` : '';
  };
  return (
    <div
      class="bs-grip"
      aria-hidden="true"
      onPointerDown={(e) => {
        start.current = e.clientY;
        (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (start.current !== null) move(e.clientY - start.current);
      }}
      onPointerUp={(e) => {
        const dy = start.current === null ? 0 : e.clientY - start.current;
        start.current = null;
        move(0);
        if (dy > SWIPE_CLOSE_PX) onClose();
      }}
      onPointerCancel={() => {
        start.current = null;
        move(0);
      }}
    >
      <span />
    </div>
  );
}

import type { PanelAnswer } from '../data/protocol.ts';
import type { PanelGroup } from '../data/records/panel-view.ts';
import type { SearchHit } from '../data/records/search.ts';
import { formatDate } from '../data/format-date.ts';
import { PUBLISHED_SOURCE_KEYS } from '../data/date-source.ts';
import { englishT, type Translate } from '../data/i18n.ts';
import type { CardData } from '../data/protocol.ts';
import { CardDialog } from './CardDialog.tsx';
import { PanelSearch } from './PanelSearch.tsx';
import { Count, PanelTimeline, Total } from './PanelTimeline.tsx';

/** What the last click on an entry did on the page. */
export type FlashNote = { id: string; index: number; total: number } | { id: string; error: string };

export interface SidePanelProps {
  /** undefined while the tab is asked; null when the tab reported nothing (not coverage). */
  page: PanelAnswer['page'] | undefined;
  onFlash(id: string): void;
  flashNote?: FlashNote;
  query: string;
  onQuery(query: string): void;
  hits: SearchHit[] | undefined;
  /** The record whose card the panel shows (from search, or an event of the whole story). */
  cardId?: string;
  loadCard(id: string): Promise<CardData>;
  /** The panel follows the reader's colour scheme; the card does too. */
  dark: boolean;
  onOpen(id: string): void;
  onCloseCard(): void;
  wide: boolean;
  onWide(wide: boolean): void;
  /** UI strings (browser.i18n in the panel); English when absent. */
  t?: Translate;
  /** The browser's language, for dates and plurals. */
  locale?: string;
}

/**
 * "On this page": the active tab's claims, people and organisations, events
 * (as a timeline) and figures, each with its count on the page; a click
 * flashes the next mention and opens its card there. Search covers the whole
 * dataset, on any page. Props in, callbacks out: no browser APIs.
 */
export function SidePanel(props: SidePanelProps) {
  const { page, query, onQuery, hits, cardId, loadCard, dark, onOpen, onCloseCard, flashNote, t = englishT, locale } = props;
  const searching = query.trim() !== '';
  return (
    <main class="bs-panel">
      <header class="bs-panel-head">
        <h1>{t('panelTitle')}</h1>
        <Published page={page} t={t} locale={locale} />
      </header>
      <PanelSearch query={query} onQuery={onQuery} hits={hits} onOpen={onOpen} t={t} locale={locale} />
      <p class="bs-flash-note" role="status">
        {flashNote && ('error' in flashNote ? flashNote.error : t('panelMentionShown', flashNote.index, flashNote.total))}
      </p>
      {cardId ? (
        <div class="bs-panel-card">
          <CardDialog key={cardId} tabs={[{ id: cardId, label: t('panelRecord') }]} load={loadCard} onClose={onCloseCard} sheet={false} dark={dark} />
        </div>
      ) : (
        !searching && <PageContents {...props} t={t} locale={locale} />
      )}
    </main>
  );
}

function Published({ page, t, locale }: { page: SidePanelProps['page']; t: Translate; locale?: string }) {
  if (!page) return null;
  const day = page.view.published;
  const how = page.publishedSource && t(PUBLISHED_SOURCE_KEYS[page.publishedSource]);
  return (
    <p class="bs-published">
      {day ? <>{t('panelPublished')} <time dateTime={day}>{formatDate(day, undefined, locale)}</time>{how && <span class="bs-published-source"> ({how})</span>}</> : t('panelDateUnknown')}
    </p>
  );
}

function PageContents({ page, onFlash, onOpen, wide, onWide, t = englishT, locale }: SidePanelProps) {
  if (page === undefined) return <p class="bs-empty">{t('panelReading')}</p>;
  if (page === null) {
    return <p class="bs-none">{t('panelNothing')}</p>;
  }
  const [claims, entities, figures] = page.view.groups;
  return (
    <>
      {claims && <Group group={claims} onFlash={onFlash} t={t} locale={locale} />}
      {entities && <Group group={entities} onFlash={onFlash} t={t} locale={locale} />}
      <PanelTimeline items={page.view.timeline} story={page.view.story} count={page.view.timelineCount} wide={wide} onWide={onWide} onFlash={onFlash} onOpen={onOpen} t={t} locale={locale} />
      {figures && <Group group={figures} onFlash={onFlash} t={t} locale={locale} />}
    </>
  );
}

function Group({ group, onFlash, t, locale }: { group: PanelGroup; onFlash(id: string): void; t: Translate; locale?: string }) {
  const heading = `bs-group-${group.layer}`;
  return (
    <section class={`bs-group ${heading}`} aria-labelledby={heading}>
      <h2 id={heading}>
        {group.label} <Total n={group.count} t={t} locale={locale} />
      </h2>
      {group.entries.length === 0 ? (
        <p class="bs-empty">{t('panelNoneHere')}</p>
      ) : (
        <ul>
          {group.entries.map((e) => (
            <li key={e.id}>
              <button type="button" class="bs-entry" data-id={e.id} onClick={() => onFlash(e.id)}>
                <span class="bs-entry-title">{e.title}</span>{' '}
                {e.verdict ? (
                  <span class={`bs-badge bs-badge-${e.verdict.key}`}>{e.verdict.label}</span>
                ) : (
                  <span class="bs-entry-detail">{e.detail}</span>
                )}{' '}
                <Count n={e.count} t={t} locale={locale} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

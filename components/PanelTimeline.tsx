import type { TimelineItem } from '../data/records/panel-view.ts';
import { englishT, plural, type Translate } from '../data/i18n.ts';

export interface PanelTimelineProps {
  /** The page's events, with the article marked among them. */
  items: TimelineItem[];
  /** Every event in the data, for "Whole story". */
  story: TimelineItem[];
  count: number;
  wide: boolean;
  onWide(wide: boolean): void;
  /** An event on the page: flash its next mention. */
  onFlash(id: string): void;
  /** An event not on the page (whole story): its card, in the panel. */
  onOpen(id: string): void;
  t?: Translate;
  locale?: string;
}

/** The page's events in date order, "this article" among them; a switch widens it to the whole story. */
export function PanelTimeline({ items, story, count, wide, onWide, onFlash, onOpen, t = englishT, locale }: PanelTimelineProps) {
  const shown = wide ? story : items;
  return (
    <section class="bs-group bs-group-timeline" aria-labelledby="bs-group-timeline">
      <h2 id="bs-group-timeline">
        {t('panelTimeline')} <Total n={count} t={t} locale={locale} />
      </h2>
      <label class="bs-wide">
        <input type="checkbox" role="switch" name="wholeStory" checked={wide} onChange={(e) => onWide((e.currentTarget as HTMLInputElement).checked)} />
        <span>{t('panelWholeStory')}</span>
      </label>
      {shown.length === 0 ? (
        <p class="bs-empty">{t('panelNoEvents')}</p>
      ) : (
        <ol class="bs-panel-timeline">
          {shown.map((item) =>
            item.kind === 'article' ? (
              <li key="article" class="bs-article-mark">
                <span class="bs-date">{item.dateLabel}</span>{' '}
                <strong>{t('panelThisArticle')}</strong>
              </li>
            ) : (
              <li key={item.id} class={`${item.count > 0 ? 'bs-on-page' : 'bs-off-page'}${item.placement === 'since' ? ' bs-since' : ''}`}>
                <button
                  type="button"
                  class="bs-entry"
                  data-id={item.id}
                  onClick={() => (item.count > 0 ? onFlash(item.id) : onOpen(item.id))}
                >
                  <span class="bs-date">{item.dateLabel}</span>{' '}
                  <span class="bs-entry-title">{item.title}</span>{' '}
                  {item.count > 0 && <Count n={item.count} t={t} locale={locale} />}
                </button>
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}

/** A record's mention count, read out in words. */
export function Count({ n, t = englishT, locale }: { n: number; t?: Translate; locale?: string }) {
  return (
    <span class="bs-mentions">
      {n}
      <span class="bs-visually-hidden">{' '}{plural(t, n, 'panelMentionsOne', 'panelMentionsOther', locale)}</span>
    </span>
  );
}

/** A group's mentions on the page. */
export function Total({ n, t = englishT, locale }: { n: number; t?: Translate; locale?: string }) {
  return (
    <span class="bs-total">
      {n}
      <span class="bs-visually-hidden">{' '}{plural(t, n, 'panelTotalOne', 'panelTotalOther', locale)}</span>
    </span>
  );
}

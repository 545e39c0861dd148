import type { TimelineItem } from '../data/records/panel-view.ts';

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
}

/** The page's events in date order, "this article" among them; a switch widens it to the whole story. */
export function PanelTimeline({ items, story, count, wide, onWide, onFlash, onOpen }: PanelTimelineProps) {
  const shown = wide ? story : items;
  return (
    <section class="bs-group bs-group-timeline" aria-labelledby="bs-group-timeline">
      <h2 id="bs-group-timeline">
        Timeline <Total n={count} />
      </h2>
      <label class="bs-wide">
        <input type="checkbox" role="switch" name="wholeStory" checked={wide} onChange={(e) => onWide((e.currentTarget as HTMLInputElement).checked)} />
        <span>Whole story</span>
      </label>
      {shown.length === 0 ? (
        <p class="bs-empty">No dated events on this page.</p>
      ) : (
        <ol class="bs-panel-timeline">
          {shown.map((item) =>
            item.kind === 'article' ? (
              <li key="article" class="bs-article-mark">
                <span class="bs-date">{item.dateLabel}</span>{' '}
                <strong>This article</strong>
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
                  {item.count > 0 && <Count n={item.count} />}
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
export function Count({ n }: { n: number }) {
  return (
    <span class="bs-mentions">
      {n}
      <span class="bs-visually-hidden">{n === 1 ? ' mention' : ' mentions'}</span>
    </span>
  );
}

/** A group's mentions on the page. */
export function Total({ n }: { n: number }) {
  return (
    <span class="bs-total">
      {n}
      <span class="bs-visually-hidden">{n === 1 ? ' mention on this page' : ' mentions on this page'}</span>
    </span>
  );
}

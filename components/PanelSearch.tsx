import { LAYER_LABEL_KEYS } from '../data/layers.ts';
import { englishT, plural, type Translate } from '../data/i18n.ts';
import { SEARCH_LIMIT } from '../data/protocol.ts';
import type { SearchHit } from '../data/records/search.ts';

export interface PanelSearchProps {
  query: string;
  onQuery(query: string): void;
  /** undefined while a query is being answered, or when there is none. */
  hits: SearchHit[] | undefined;
  onOpen(id: string): void;
  t?: Translate;
  locale?: string;
}

/** A search box over the whole dataset, and its results; works on any page, coverage or not. */
export function PanelSearch({ query, onQuery, hits, onOpen, t = englishT, locale }: PanelSearchProps) {
  const active = query.trim() !== '';
  return (
    <div class="bs-search">
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="bs-query">{t('panelSearchLabel')}</label>
        <input
          id="bs-query"
          type="search"
          name="query"
          autocomplete="off"
          spellcheck={false}
          placeholder={t('panelSearchPlaceholder')}
          value={query}
          onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              onQuery('');
            }
          }}
        />
      </form>
      {active && (
        <section class="bs-results" aria-label={t('panelSearchResults')}>
          <p class="bs-results-count" role="status">
            {hits === undefined
              ? t('panelSearching')
              : hits.length === 0
                ? t('panelSearchNone', query.trim())
                : hits.length >= SEARCH_LIMIT
                  ? t('panelSearchBest', hits.length)
                  : plural(t, hits.length, 'panelSearchCountOne', 'panelSearchCountOther', locale)}
          </p>
          {hits && hits.length > 0 && (
            <ul>
              {hits.map((h) => (
                <li key={h.id}>
                  <button type="button" class={`bs-entry bs-layer-${h.layer}`} data-id={h.id} onClick={() => onOpen(h.id)}>
                    <span class="bs-entry-title">{h.title}</span>{' '}
                    <span class="bs-entry-detail">
                      {h.detail}
                      {h.matched && <> · {t('panelSearchAs', h.matched)}</>}
                      <span class="bs-visually-hidden"> ({t(LAYER_LABEL_KEYS[h.layer])})</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

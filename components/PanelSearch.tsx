import { LAYER_LABELS } from '../data/layers.ts';
import { SEARCH_LIMIT } from '../data/protocol.ts';
import type { SearchHit } from '../data/records/search.ts';

export interface PanelSearchProps {
  query: string;
  onQuery(query: string): void;
  /** undefined while a query is being answered, or when there is none. */
  hits: SearchHit[] | undefined;
  onOpen(id: string): void;
}

/** A search box over the whole dataset, and its results; works on any page, coverage or not. */
export function PanelSearch({ query, onQuery, hits, onOpen }: PanelSearchProps) {
  const active = query.trim() !== '';
  return (
    <div class="bs-search">
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="bs-query">Search the whole story</label>
        <input
          id="bs-query"
          type="search"
          name="query"
          autocomplete="off"
          spellcheck={false}
          placeholder="A name, an event, a claim…"
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
        <section class="bs-results" aria-label="Search results">
          <p class="bs-results-count" role="status">
            {hits === undefined
              ? 'Searching…'
              : hits.length === 0
                ? `Nothing in the dataset matches “${query.trim()}”.`
                : hits.length >= SEARCH_LIMIT
                  ? `The best ${hits.length} records: type more to narrow them down.`
                  : `${hits.length} ${hits.length === 1 ? 'record' : 'records'}`}
          </p>
          {hits && hits.length > 0 && (
            <ul>
              {hits.map((h) => (
                <li key={h.id}>
                  <button type="button" class={`bs-entry bs-layer-${h.layer}`} data-id={h.id} onClick={() => onOpen(h.id)}>
                    <span class="bs-entry-title">{h.title}</span>{' '}
                    <span class="bs-entry-detail">
                      {h.detail}
                      {h.matched && <> · as “{h.matched}”</>}
                      <span class="bs-visually-hidden"> ({LAYER_LABELS[h.layer]})</span>
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

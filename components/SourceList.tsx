import type { CardData } from '../data/protocol.ts';
import { formatDate } from '../data/format-date.ts';
import { safeHref } from './safe-href.ts';

const KIND_LABELS: Record<string, string> = {
  official: 'official', 'court-record': 'court record', news: 'news', analysis: 'analysis',
  mirror: 'mirror of a primary document', reference: 'reference',
};

/** A card's sources as links (publisher, date, kind), or a plain statement that none was found. */
export function SourceList({ sources, noSourceFound }: { sources: CardData['sources']; noSourceFound: boolean }) {
  if (sources.length === 0) {
    return (
      <p class="bs-nosource">
        {noSourceFound ? 'No source was found for this claim in the fact base.' : 'No source is recorded for this entry.'}
      </p>
    );
  }
  return (
    <ul class="bs-sources">
      {sources.map((s) => {
        const href = safeHref(s.url);
        const meta = [s.via ? `${s.publisher} [${s.via}]` : s.publisher, s.published ? formatDate(s.published) : 'undated', KIND_LABELS[s.kind] ?? s.kind];
        return (
          <li key={s.url}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">{s.title}</a>
            ) : (
              <span>{s.title}</span>
            )}
            <span class="bs-meta">{meta.join(' · ')}</span>
            {s.confidence !== 'high' && <span class={`bs-confidence bs-${s.confidence}`}>{s.confidence} confidence</span>}
          </li>
        );
      })}
    </ul>
  );
}

import type { CardData } from '../data/protocol.ts';
import { formatDate } from '../data/format-date.ts';
import { safeHref } from './safe-href.ts';
import { englishT, type MessageKey, type Translate } from '../data/i18n.ts';

const KIND_LABELS: Record<string, MessageKey> = {
  official: 'cardKindOfficial', 'court-record': 'cardKindCourtRecord', news: 'cardKindNews', analysis: 'cardKindAnalysis',
  mirror: 'cardKindMirror', reference: 'cardKindReference',
};

const CONFIDENCE: Record<string, MessageKey> = { low: 'cardConfidenceLow', medium: 'cardConfidenceMedium', high: 'cardConfidenceHigh' };
/** A confidence level in the reader's language (an unknown one as written). */
export const confidenceWord = (level: string, t: Translate) => (CONFIDENCE[level] ? t(CONFIDENCE[level]) : level);

/** A card's sources as links (publisher, date, kind), or a plain statement that none was found. */
export function SourceList({ sources, noSourceFound, t = englishT, locale }: { sources: CardData['sources']; noSourceFound: boolean; t?: Translate; locale?: string }) {
  if (sources.length === 0) {
    return (
      <p class="bs-nosource">
        {t(noSourceFound ? 'cardNoSourceFound' : 'cardNoSourceRecorded')}
      </p>
    );
  }
  return (
    <ul class="bs-sources">
      {sources.map((s) => {
        const href = safeHref(s.url);
        const meta = [s.via ? `${s.publisher} [${s.via}]` : s.publisher, s.published ? formatDate(s.published, undefined, locale) : t('cardUndated'), KIND_LABELS[s.kind] ? t(KIND_LABELS[s.kind]!) : s.kind];
        return (
          <li key={s.url}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">{s.title}</a>
            ) : (
              <span>{s.title}</span>
            )}
            <span class="bs-meta">{meta.join(' · ')}</span>
            {s.confidence !== 'high' && <span class={`bs-confidence bs-${s.confidence}`}>{t('cardConfidence', confidenceWord(s.confidence, t))}</span>}
          </li>
        );
      })}
    </ul>
  );
}

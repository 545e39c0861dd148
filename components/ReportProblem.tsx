import { useState } from 'preact/hooks';
import type { CardData } from '../data/protocol.ts';
import { problemReportUrl } from '../data/problem-report.ts';
import { safeHref } from './safe-href.ts';
import { englishT, type Translate } from '../data/i18n.ts';

export interface ReportProblemProps {
  card: CardData;
  /** The page the card is open on; absent where there is none (the side panel's search). */
  pageUrl?: string;
  t?: Translate;
}

/**
 * "Report a problem with this card": a link to a prefilled new issue, opened in
 * a new tab by the reader's click. The page's address goes in only if they tick
 * the box; nothing is ever sent by Backstory itself.
 */
export function ReportProblem({ card, pageUrl, t = englishT }: ReportProblemProps) {
  const [withPage, setWithPage] = useState(false);
  const page = pageUrl ? safeHref(pageUrl) : null;
  const href = safeHref(
    problemReportUrl({
      recordId: card.id,
      title: card.title,
      dataset: card.dataset,
      ...(card.pack ? { pack: { title: card.pack.title, version: card.pack.version } } : {}),
      pageUrl: withPage ? page : null,
    }),
  );
  if (!href) return null;
  return (
    <div class="bs-report">
      <a class="bs-report-link" href={href} target="_blank" rel="noopener noreferrer">{t('cardReport')}</a>
      {page && (
        <label class="bs-report-page">
          <input type="checkbox" name="includePage" checked={withPage} onChange={(e) => setWithPage((e.currentTarget as HTMLInputElement).checked)} />
          <span>{t('cardReportPage')}</span>
        </label>
      )}
      <span class="bs-report-note">{t('cardReportNote')}</span>
    </div>
  );
}

import { Fragment } from 'preact';
import type { CardData } from '../data/protocol.ts';
import { formatDate } from '../data/format-date.ts';
import { confidenceWord, SourceList } from './SourceList.tsx';
import { ReportProblem } from './ReportProblem.tsx';
import { TimeNotes } from './TimeNotes.tsx';
import { englishT, type Translate } from '../data/i18n.ts';
import { CARD_BRIEF_MAX_WORDS, cardBrief, timeNotes } from '../data/records/card-brief.ts';

export interface ContextCardProps {
  card: CardData;
  /** The full record ("More"), or the short first view. */
  expanded: boolean;
  onToggle(): void;
  /** Opens a related record's card inside this one. */
  onOpen(id: string): void;
  /** The page the card is open on, offered (only if the reader ticks a box) in a problem report. */
  pageUrl?: string;
  /** UI strings (browser.i18n in the content script); English when absent. */
  t?: Translate;
  /** The browser's language, for dates and plurals. */
  locale?: string;
}

type Link = CardData['timeline'][number];

/** A date and a related record: the record is a button that opens its card in place. */
function RecordLink({ link, onOpen }: { link: Link; onOpen(id: string): void }) {
  return (
    <>
      {link.date && (
        <span class="bs-date">
          {/* A range breaks only at its dash, never inside a date. */}
          {link.date.split(' – ').map((part, i) => (
            <Fragment key={i}>{i > 0 && ' '}<span class="bs-nowrap">{i > 0 ? `– ${part}` : part}</span></Fragment>
          ))}
        </span>
      )}
      <button type="button" class="bs-link" onClick={() => onOpen(link.id)}>{link.label}</button>
    </>
  );
}

/**
 * The body of a context card: first the short view (what it is, why it matters,
 * three dates, how many sources), and on "More" the full record: every date,
 * figures' history, the evidence and every source. Every value is rendered as text.
 */
export function ContextCard({ card, expanded, onToggle, onOpen, pageUrl, t = englishT, locale }: ContextCardProps) {
  const brief = cardBrief(card, CARD_BRIEF_MAX_WORDS, t, locale);
  return (
    <div class="bs-body">
      {card.verdict && (
        <p class={`bs-verdict bs-verdict-${card.verdict.key}`}>
          <strong>{card.verdict.label}</strong>
          {expanded && <span class="bs-definition">{card.verdict.definition}</span>}
        </p>
      )}
      <TimeNotes notes={expanded ? timeNotes(card, t, locale) : brief.notes} onOpen={onOpen} />
      {expanded ? <FullRecord card={card} onOpen={onOpen} pageUrl={pageUrl} t={t} locale={locale} /> : (
        <div class="bs-brief">
          {brief.lead && <p class="bs-summary">{brief.lead}</p>}
          {brief.role && <p class="bs-role">{brief.role}</p>}
          {brief.timeLine && <p class="bs-since-count">{brief.timeLine}</p>}
          {brief.dates.length > 0 && (
            <ul class="bs-dates" aria-label={t(card.time?.since.length ? 'cardNewestSince' : 'cardKeyDates')}>
              {brief.dates.map((d) => <li key={d.id}><RecordLink link={d} onOpen={onOpen} /></li>)}
            </ul>
          )}
          <p class="bs-count">{brief.sourceLine}</p>
        </div>
      )}
      {brief.hasMore && (
        <button type="button" class="bs-more" aria-expanded={expanded} onClick={onToggle}>
          {t(expanded ? 'cardLess' : 'cardMore')}
        </button>
      )}
    </div>
  );
}

/** The card's dates read against the article: before it, around its day, and since it (newest first). */
function ArticleTimeline({ time, onOpen, t }: { time: NonNullable<CardData['time']>; onOpen(id: string): void; t: Translate }) {
  const part = (title: string, links: Link[], cls: string) =>
    links.length > 0 && (
      <section class={cls}>
        <h3>{title}</h3>
        <ol class="bs-timeline">{links.map((l) => <li key={l.id}><RecordLink link={l} onOpen={onOpen} /></li>)}</ol>
      </section>
    );
  return (
    <>
      {part(t('cardSincePublished', time.publishedLabel ?? ''), time.since, 'bs-since')}
      {part(t('cardAround'), time.around, 'bs-around')}
      {part(t('cardBefore'), time.before, 'bs-before')}
    </>
  );
}

function FullRecord({ card, onOpen, pageUrl, t, locale }: { card: CardData; onOpen(id: string): void; pageUrl?: string; t: Translate; locale?: string }) {
  return (
    <div class="bs-full">
      <p class="bs-summary">{card.summary}</p>
      {card.role && (
        <section>
          <h3>{t('cardWhyMatters')}</h3>
          <p>{card.role}</p>
        </section>
      )}
      {card.facts.length > 0 && (
        <dl class="bs-facts">
          {card.facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {card.evidence.length > 0 && (
        <section>
          <h3>{t('cardEvidence')}</h3>
          <ul>{card.evidence.map((e, i) => <li key={i}>{e}</li>)}</ul>
        </section>
      )}
      {card.history.length > 0 && (
        <section>
          <h3>{t('cardHowChanged')}</h3>
          <ol class="bs-history">
            {card.history.map((h, i) => (
              <li key={i}>
                <span class="bs-date">{h.date}</span> {h.value}
                {h.note && <span class="bs-meta"> — {h.note}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {card.time?.thenNow && (
        <section>
          <h3>{t('cardSinceArticle')}</h3>
          <p class="bs-then-now">{card.time.thenNow.then} → {card.time.thenNow.now}</p>
        </section>
      )}
      {card.time?.published ? <ArticleTimeline time={card.time} onOpen={onOpen} t={t} /> : card.timeline.length > 0 && (
        <section>
          {card.time && <p class="bs-meta">{t('cardDateUnknownNote')}</p>}
          <h3>{t(card.type === 'entity' ? 'cardKeyDates' : 'cardBeforeAndSince')}</h3>
          <ol class="bs-timeline">
            {card.timeline.map((l) => <li key={l.id}><RecordLink link={l} onOpen={onOpen} /></li>)}
          </ol>
        </section>
      )}
      {card.related.length > 0 && (
        <section>
          <h3>{t('cardInvolved')}</h3>
          <ul class="bs-related">
            {card.related.map((r) => <li key={r.id}><RecordLink link={r} onOpen={onOpen} /></li>)}
          </ul>
        </section>
      )}
      <section>
        <h3>{t('cardSources')}</h3>
        <SourceList sources={card.sources} noSourceFound={card.noSourceFound} t={t} locale={locale} />
      </section>
      <footer class="bs-foot">
        {card.pack && (
          <span class="bs-pack">
            {t('cardFromPack', card.pack.title, card.pack.publisher, card.pack.version, formatDate(card.pack.created, undefined, locale))}{' '}
          </span>
        )}
        {t('cardDatasetLine', card.dataset.version, formatDate(card.dataset.lastReviewed, undefined, locale))}
        {card.confidence && card.confidence !== 'high' ? ` · ${t('cardConfidence', confidenceWord(card.confidence, t))}` : ''}
        <ReportProblem card={card} pageUrl={pageUrl} t={t} />
      </footer>
    </div>
  );
}

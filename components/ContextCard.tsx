import { useEffect, useRef } from 'preact/hooks';
import type { CardData } from '../data/protocol.ts';
import { formatDate } from '../data/format-date.ts';
import { SourceList } from './SourceList.tsx';

export type CardState =
  | { status: 'loading' }
  | { status: 'error'; message: string; /** Offered as a Repair button: re-seed the stored data, then load again. */ repair?: () => void }
  | { status: 'ready'; card: CardData };

export interface ContextCardProps {
  state: CardState;
  onClose(): void;
}

/**
 * The context card: what a term is, why it matters, what came before and after,
 * and its sources. A modal-less dialog: focus moves in, Escape closes.
 * Every value is rendered as text.
 */
export function ContextCard({ state, onClose }: ContextCardProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.focus();
  }, [state.status]);
  const title = state.status === 'ready' ? state.card.title : state.status === 'loading' ? 'Loading…' : 'Backstory';
  return (
    <div
      ref={dialog}
      class={`bs-card${state.status === 'ready' ? ` bs-${state.card.type}` : ''}`}
      role="dialog"
      aria-labelledby="bs-title"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header class="bs-head">
        {state.status === 'ready' && <p class="bs-kicker">{state.card.kicker}</p>}
        <h2 id="bs-title" class="bs-title">{title}</h2>
        <button type="button" class="bs-close" aria-label="Close" onClick={onClose}>×</button>
      </header>
      {state.status === 'error' && <p class="bs-error">{state.message}</p>}
      {state.status === 'error' && state.repair && (
        <button type="button" class="bs-repair" onClick={state.repair}>Repair</button>
      )}
      {state.status === 'ready' && <CardBody card={state.card} />}
    </div>
  );
}

function CardBody({ card }: { card: CardData }) {
  return (
    <div class="bs-body">
      {card.verdict && (
        <p class={`bs-verdict bs-verdict-${card.verdict.key}`} title={card.verdict.definition}>
          <strong>{card.verdict.label}</strong>
          <span class="bs-definition">{card.verdict.definition}</span>
        </p>
      )}
      <p class="bs-summary">{card.summary}</p>
      {card.role && (
        <section>
          <h3>Why it matters</h3>
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
          <h3>Evidence</h3>
          <ul>{card.evidence.map((e, i) => <li key={i}>{e}</li>)}</ul>
        </section>
      )}
      {card.history.length > 0 && (
        <section>
          <h3>How it changed</h3>
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
      {card.timeline.length > 0 && (
        <section>
          <h3>{card.type === 'entity' ? 'Key dates' : 'Before and since'}</h3>
          <ol class="bs-timeline">
            {card.timeline.map((t) => (
              <li key={t.id}>
                {t.date && <span class="bs-date">{t.date}</span>} {t.label}
              </li>
            ))}
          </ol>
        </section>
      )}
      {card.related.length > 0 && (
        <section>
          <h3>Involved</h3>
          <p>{card.related.map((r) => r.label).join(' · ')}</p>
        </section>
      )}
      <section>
        <h3>Sources</h3>
        <SourceList sources={card.sources} noSourceFound={card.noSourceFound} />
      </section>
      <footer class="bs-foot">
        {card.pack && (
          <span class="bs-pack">
            From the pack “{card.pack.title}” by {card.pack.publisher}, version {card.pack.version} of {formatDate(card.pack.created)} ·{' '}
          </span>
        )}
        Backstory dataset {card.dataset.version} · last reviewed {formatDate(card.dataset.lastReviewed)}
        {card.confidence && card.confidence !== 'high' ? ` · ${card.confidence} confidence` : ''}
      </footer>
    </div>
  );
}

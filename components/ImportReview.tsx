import type { ImportCheck } from '../data/records/pack-import.ts';
import type { RecordChange } from '../data/records/pack-merge.ts';
import { englishT, plural, type MessageKey, type Translate } from '../data/i18n.ts';

/** Titles listed per kind of change; the rest are counted. */
export const LISTED_CHANGES = 50;

export type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'problems'; fileName: string; problems: { path: string; message: string }[] }
  | { step: 'review'; fileName: string; check: Extract<ImportCheck, { valid: true }> }
  | { step: 'applying'; fileName: string }
  | { step: 'done'; message: string }
  | { step: 'error'; message: string };

export interface ImportReviewProps {
  state: ImportState;
  onApply(): void;
  onCancel(): void;
  t?: Translate;
  locale?: string;
}

const TYPE_LABELS: Record<RecordChange['type'], MessageKey> = {
  entity: 'optionsTypeEntity', event: 'optionsTypeEvent', claim: 'optionsTypeClaim', figure: 'optionsTypeFigure', source: 'optionsTypeSource',
};

function ChangeList({ label, changes, kind, t }: { label: string; changes: RecordChange[]; kind: string; t: Translate }) {
  if (changes.length === 0) return null;
  return (
    <details open={changes.length <= 10} class={`bs-changes bs-changes-${kind}`}>
      <summary>{label}</summary>
      <ul>
        {changes.slice(0, LISTED_CHANGES).map((c) => (
          <li key={c.id}>
            <span class="bs-type">{t(TYPE_LABELS[c.type])}</span> {c.title}
          </li>
        ))}
        {changes.length > LISTED_CHANGES && <li>{t('optionsMoreChanges', changes.length - LISTED_CHANGES)}</li>}
      </ul>
    </details>
  );
}

/** The outcome of checking a file: every problem with its path, or what applying it will change. */
export function ImportReview({ state, onApply, onCancel, t = englishT, locale }: ImportReviewProps) {
  switch (state.step) {
    case 'idle':
      return null;
    case 'checking':
    case 'applying':
      return <p class="bs-progress" role="status">{t(state.step === 'checking' ? 'optionsChecking' : 'optionsInstalling', state.fileName)}</p>;
    case 'done':
      return <p class="bs-done" role="status">{state.message}</p>;
    case 'error':
      return <p class="bs-error" role="alert">{state.message}</p>;
    case 'problems':
      return (
        <section class="bs-problems" role="alert" aria-labelledby="bs-problems-title">
          <h3 id="bs-problems-title">
            {t('optionsNotImported', state.fileName, plural(t, state.problems.length, 'optionsProblemsOne', 'optionsProblemsOther', locale))}
          </h3>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
          <button type="button" onClick={onCancel}>{t('optionsDismiss')}</button>
        </section>
      );
    case 'review': {
      const { header, changes, replaces, kind } = state.check;
      return (
        <section class="bs-review" aria-labelledby="bs-review-title">
          <h3 id="bs-review-title">
            {t(kind === 'claimreview' ? 'optionsReviewFactChecks' : 'optionsReviewPack', header.title, header.publisher, header.version)}
          </h3>
          <p class="bs-summary-line">
            {t('optionsAddedUpdated', plural(t, changes.added.length, 'optionsRecordsOne', 'optionsRecordsOther', locale), changes.updated.length)}
            {changes.removed.length > 0 ? t('optionsRemovedCount', changes.removed.length) : ''}
            {changes.unchanged > 0 ? ` ${t('optionsUnchangedCount', changes.unchanged)}` : ''}.
            {replaces ? ` ${t('optionsReplaces', replaces)}` : ''}
          </p>
          <ChangeList label={t('optionsAdded', changes.added.length)} changes={changes.added} kind="added" t={t} />
          <ChangeList label={t('optionsUpdated', changes.updated.length)} changes={changes.updated} kind="updated" t={t} />
          <ChangeList label={t('optionsRemoved', changes.removed.length)} changes={changes.removed} kind="removed" t={t} />
          <div class="bs-actions">
            <button type="button" class="bs-apply" onClick={onApply}>{t('optionsApply')}</button>
            <button type="button" onClick={onCancel}>{t('optionsCancel')}</button>
          </div>
        </section>
      );
    }
  }
}

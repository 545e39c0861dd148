import type { ImportCheck } from '../data/records/pack-import.ts';
import type { RecordChange } from '../data/records/pack-merge.ts';

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
}

const TYPE_LABELS: Record<RecordChange['type'], string> = { entity: 'entity', event: 'event', claim: 'claim', figure: 'figure', source: 'source' };

function ChangeList({ label, changes, kind }: { label: string; changes: RecordChange[]; kind: string }) {
  if (changes.length === 0) return null;
  return (
    <details open={changes.length <= 10} class={`bs-changes bs-changes-${kind}`}>
      <summary>{label}</summary>
      <ul>
        {changes.slice(0, LISTED_CHANGES).map((c) => (
          <li key={c.id}>
            <span class="bs-type">{TYPE_LABELS[c.type]}</span> {c.title}
          </li>
        ))}
        {changes.length > LISTED_CHANGES && <li>and {changes.length - LISTED_CHANGES} more</li>}
      </ul>
    </details>
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The outcome of checking a file: every problem with its path, or what applying it will change. */
export function ImportReview({ state, onApply, onCancel }: ImportReviewProps) {
  switch (state.step) {
    case 'idle':
      return null;
    case 'checking':
    case 'applying':
      return <p class="bs-progress" role="status">{state.step === 'checking' ? 'Checking' : 'Installing'} {state.fileName}…</p>;
    case 'done':
      return <p class="bs-done" role="status">{state.message}</p>;
    case 'error':
      return <p class="bs-error" role="alert">{state.message}</p>;
    case 'problems':
      return (
        <section class="bs-problems" role="alert" aria-labelledby="bs-problems-title">
          <h3 id="bs-problems-title">
            {state.fileName} was not imported: {plural(state.problems.length, 'problem')}. Nothing was changed.
          </h3>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
          <button type="button" onClick={onCancel}>Dismiss</button>
        </section>
      );
    case 'review': {
      const { header, changes, replaces, kind } = state.check;
      return (
        <section class="bs-review" aria-labelledby="bs-review-title">
          <h3 id="bs-review-title">
            {kind === 'claimreview' ? 'Fact checks' : 'Pack'} “{header.title}” by {header.publisher}, version {header.version}
          </h3>
          <p class="bs-summary-line">
            {plural(changes.added.length, 'record')} added, {changes.updated.length} updated
            {changes.removed.length > 0 ? `, ${changes.removed.length} removed` : ''}
            {changes.unchanged > 0 ? ` (${changes.unchanged} unchanged)` : ''}.
            {replaces ? ` It replaces the installed version ${replaces}.` : ''}
          </p>
          <ChangeList label={`Added (${changes.added.length})`} changes={changes.added} kind="added" />
          <ChangeList label={`Updated (${changes.updated.length})`} changes={changes.updated} kind="updated" />
          <ChangeList label={`Removed (${changes.removed.length})`} changes={changes.removed} kind="removed" />
          <div class="bs-actions">
            <button type="button" class="bs-apply" onClick={onApply}>Apply</button>
            <button type="button" onClick={onCancel}>Cancel</button>
          </div>
        </section>
      );
    }
  }
}

import { useState } from 'preact/hooks';
import { formatDate } from '../data/format-date.ts';
import { PUBLISHED_SOURCE_LABELS } from '../data/date-source.ts';
import { validCorrection } from '../data/date-override.ts';
import type { PageState } from '../data/protocol.ts';

export interface PublishedDateProps {
  page: PageState;
  /** Saves the reader's date for this page (a real past day), or clears it (null); absent: the date is only shown. */
  onCorrect?(date: string | null): void;
  /** For the date input's upper bound and the check; the real clock by default. */
  now?: Date;
}

const isoToday = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The popup's line on a coverage page: when the article was published and how
 * Backstory knows (the page's markup, or the reader's correction), and a small
 * form to correct it. Cards use the corrected date for this address.
 */
export function PublishedDate({ page, onCorrect, now = new Date() }: PublishedDateProps) {
  const p = page.published;
  const corrected = page.correctedDate ?? null;
  const [value, setValue] = useState(corrected ?? p?.date ?? '');
  const [error, setError] = useState('');
  const day = corrected ?? p?.date ?? null;
  const save = (e: Event) => {
    e.preventDefault();
    // What the input holds now (a render may not have caught up with the last keystroke).
    const typed = (e.currentTarget as HTMLFormElement).querySelector('input')?.value ?? value;
    const ok = validCorrection(typed, now);
    if (!ok) return setError('Enter a real date, not in the future.');
    setError('');
    onCorrect?.(ok);
  };
  return (
    <div class="bs-published">
      <p class="bs-published-line">
        {day ? (
          <>
            Article published <time dateTime={day}>{formatDate(day)}</time>
            <span class="bs-published-source"> ({corrected ? PUBLISHED_SOURCE_LABELS.reader : PUBLISHED_SOURCE_LABELS[p!.source]})</span>
          </>
        ) : (
          'Publish date unknown: the page does not say when it was published.'
        )}
      </p>
      {corrected && (
        <p class="bs-published-page">
          {p ? <>The page says <time dateTime={p.date}>{formatDate(p.date)}</time> ({PUBLISHED_SOURCE_LABELS[p.source]}).</> : 'The page itself gives no date.'}
        </p>
      )}
      {onCorrect && (
      <details class="bs-date-fix" open={corrected !== null || undefined}>
        <summary>{day ? 'Wrong date?' : 'Know the date?'}</summary>
        <form onSubmit={save}>
          <label>
            <span>Published on</span>
            <input type="date" name="publishedDate" value={value} max={isoToday(now)} min="1990-01-01" required
              onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} aria-describedby="bs-date-fix-note" />
          </label>
          <button type="submit" class="bs-date-save">Save</button>
          {corrected && (
            <button type="button" class="bs-date-clear" onClick={() => { setValue(p?.date ?? ''); setError(''); onCorrect?.(null); }}>
              Clear
            </button>
          )}
        </form>
        <p id="bs-date-fix-note" class={error ? 'bs-date-error' : 'bs-date-note'} role={error ? 'alert' : undefined}>
          {error || 'Remembered for this page’s address only; cards read their dates against it.'}
        </p>
      </details>
      )}
    </div>
  );
}

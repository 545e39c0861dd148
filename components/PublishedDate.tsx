import { useState } from 'preact/hooks';
import { formatDate } from '../data/format-date.ts';
import { PUBLISHED_SOURCE_KEYS } from '../data/date-source.ts';
import { englishT, type Translate } from '../data/i18n.ts';
import { validCorrection } from '../data/date-override.ts';
import type { PageState } from '../data/protocol.ts';

export interface PublishedDateProps {
  page: PageState;
  /** Saves the reader's date for this page (a real past day), or clears it (null); absent: the date is only shown. */
  onCorrect?(date: string | null): void;
  /** For the date input's upper bound and the check; the real clock by default. */
  now?: Date;
  t?: Translate;
  /** The browser's language, for dates. */
  locale?: string;
}

const isoToday = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The popup's line on a coverage page: when the article was published and how
 * Backstory knows (the page's markup, or the reader's correction), and a small
 * form to correct it. Cards use the corrected date for this address.
 */
export function PublishedDate({ page, onCorrect, now = new Date(), t = englishT, locale }: PublishedDateProps) {
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
    if (!ok) return setError(t('popupDateInvalid'));
    setError('');
    onCorrect?.(ok);
  };
  return (
    <div class="bs-published">
      <p class="bs-published-line">
        {day ? (
          <>
            {t('popupPublished')} <time dateTime={day}>{formatDate(day, undefined, locale)}</time>
            <span class="bs-published-source"> ({t(PUBLISHED_SOURCE_KEYS[corrected ? 'reader' : p!.source])})</span>
          </>
        ) : (
          t('popupDateUnknownLong')
        )}
      </p>
      {corrected && (
        <p class="bs-published-page">
          {p ? <>{t('popupPageSays')} <time dateTime={p.date}>{formatDate(p.date, undefined, locale)}</time> ({t(PUBLISHED_SOURCE_KEYS[p.source])}).</> : t('popupPageNoDate')}
        </p>
      )}
      {onCorrect && (
      <details class="bs-date-fix" open={corrected !== null || undefined}>
        <summary>{t(day ? 'popupWrongDate' : 'popupKnowDate')}</summary>
        <form onSubmit={save}>
          <label>
            <span>{t('popupPublishedOn')}</span>
            <input type="date" name="publishedDate" value={value} max={isoToday(now)} min="1990-01-01" required
              onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} aria-describedby="bs-date-fix-note" />
          </label>
          <button type="submit" class="bs-date-save">{t('popupSave')}</button>
          {corrected && (
            <button type="button" class="bs-date-clear" onClick={() => { setValue(p?.date ?? ''); setError(''); onCorrect?.(null); }}>
              {t('popupClear')}
            </button>
          )}
        </form>
        <p id="bs-date-fix-note" class={error ? 'bs-date-error' : 'bs-date-note'} role={error ? 'alert' : undefined}>
          {error || t('popupDateNote')}
        </p>
      </details>
      )}
    </div>
  );
}

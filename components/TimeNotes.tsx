import type { CardData } from '../data/protocol.ts';
import type { Translate } from '../data/i18n.ts';
import { formatDate } from '../data/format-date.ts';

export interface TimeNotesProps {
  time: CardData['time'];
  t: Translate;
  /** The browser's language, for dates. */
  locale?: string;
  /** Opens the overturning event's card in place. */
  onOpen(id: string): void;
}

/**
 * What changed after the article for this record: a claim a later event
 * overturned ("Outdated since 19 Jan 2025"), an entity's role then and now.
 * Renders nothing unless the card was read against a known article date.
 */
export function TimeNotes({ time, t, locale, onOpen }: TimeNotesProps) {
  if (!time?.published) return null;
  const { outdated, roles } = time;
  return (
    <>
      {outdated && (
        <p class="bs-outdated">
          <strong>{t('cardOutdatedSince', formatDate(outdated.date, outdated.precision, locale))}</strong>{' '}
          {outdated.note}{' '}
          <button type="button" class="bs-link" onClick={() => onOpen(outdated.event)}>{outdated.title}</button>
        </p>
      )}
      {roles && (
        <p class="bs-roles">
          <span class="bs-role-then">{t('cardRoleThen', formatDate(time.published, 'month', locale), roles.then.text)}</span>{' '}
          <span class="bs-role-now">{t('cardRoleNow', roles.now.text)}</span>
        </p>
      )}
    </>
  );
}

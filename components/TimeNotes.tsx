import type { TimeNoteTexts } from '../data/records/card-brief.ts';

export interface TimeNotesProps {
  /** From `timeNotes()` (whole, in the full record) or `cardBrief().notes` (cut, in the first view). */
  notes: TimeNoteTexts | undefined;
  /** Opens the overturning event's card in place. */
  onOpen(id: string): void;
}

/**
 * What changed after the article for this record: a claim a later event
 * overturned ("Outdated since 19 Jan 2025"), an entity's role then and now.
 * Renders nothing unless the card was read against a known article date.
 */
export function TimeNotes({ notes, onOpen }: TimeNotesProps) {
  if (!notes) return null;
  const { outdated, roles } = notes;
  return (
    <>
      {outdated && (
        <p class="bs-outdated">
          <strong>{outdated.since}</strong>{' '}
          {outdated.note}{' '}
          <button type="button" class="bs-link" onClick={() => onOpen(outdated.event)}>{outdated.title}</button>
        </p>
      )}
      {roles && (
        <p class="bs-roles">
          <span class="bs-role-then">{roles.then}</span>{' '}
          <span class="bs-role-now">{roles.now}</span>
        </p>
      )}
    </>
  );
}

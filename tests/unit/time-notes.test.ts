/** Claims overturned by a later event, and entities' roles then and now, read against the article's date. */
import { describe, expect, it } from 'vitest';
import { outdatedNote, roleThenNow } from '../../data/records/time-notes.ts';
import type { DatedRole } from '../../data/records/schema.ts';

const pause = { id: 'evt-pause', date: '2025-01-20', precision: 'day' as const, title: 'The pause' };
const by = { event: 'evt-pause', note: 'Enforcement was paused.' };

describe('outdatedNote', () => {
  it('says a claim is outdated on an article published before the overturning event', () => {
    expect(outdatedNote(by, pause, '2024-03-13')).toEqual({ event: 'evt-pause', date: '2025-01-20', precision: 'day', title: 'The pause', note: 'Enforcement was paused.' });
  });
  it('adds nothing to an article published after the event, or on its very day', () => {
    expect(outdatedNote(by, pause, '2025-06-01')).toBeNull();
    expect(outdatedNote(by, pause, '2025-01-20')).toBeNull();
    expect(outdatedNote(by, pause, '2025-01-19')).not.toBeNull();
  });
  it('never guesses: no note when the article’s date is unknown, or the event’s month overlaps the article’s day', () => {
    expect(outdatedNote(by, pause, null)).toBeNull();
    expect(outdatedNote(by, { ...pause, date: '2025-01', precision: 'month' }, '2025-01-10')).toBeNull();
    expect(outdatedNote(by, { ...pause, date: '2025-01', precision: 'month' }, '2024-12-31')).not.toBeNull();
  });
  it('adds nothing for a claim no event overturned', () => {
    expect(outdatedNote(undefined, pause, '2024-03-13')).toBeNull();
  });
});

const roles: DatedRole[] = [
  { from: '2024-02', to: '2026-01-22', text: 'Head of Trust & Safety', sources: ['src-a'] },
  { from: '2026-01-22', text: 'CEO of the joint venture', sources: ['src-b'] },
];

describe('roleThenNow', () => {
  it('gives the role held on the article’s day and the one held now', () => {
    expect(roleThenNow(roles, '2024-03-13')).toEqual({ then: { text: 'Head of Trust & Safety', from: '2024-02' }, now: { text: 'CEO of the joint venture', from: '2026-01-22' } });
  });
  it('says nothing once the article is from the current role’s time, including the day it began', () => {
    expect(roleThenNow(roles, '2026-03-01')).toBeNull();
    expect(roleThenNow(roles, '2026-01-22')).toBeNull();
    expect(roleThenNow(roles, '2026-01-21')).not.toBeNull();
  });
  it('never guesses: nothing when the date is unknown, or no role surely covers the article’s day', () => {
    expect(roleThenNow(roles, null)).toBeNull();
    expect(roleThenNow(roles, '2024-02-15')).toBeNull(); // "Feb 2024" may not have begun by the 15th
    expect(roleThenNow(roles, '2023-06-01')).toBeNull();
  });
  it('says nothing for an entity with no dated roles', () => {
    expect(roleThenNow([], '2024-03-13')).toBeNull();
  });
});

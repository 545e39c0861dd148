/**
 * The storage.local key that turns Backstory's `performance.measure` entries on.
 * Off (the default), no page carries any trace of Backstory; the bench and the
 * tests set it to true.
 */
export const MEASURES_KEY = 'backstory:measures';

/**
 * The storage.local key the background bumps whenever the stored data changes (a
 * pack added, replaced or removed, a new bundled dataset). Open tabs watch it and
 * drop their cached matcher. Zod-free: the content script imports it.
 */
export const DATA_REVISION_KEY = 'backstory:data-revision';

/**
 * The storage.local key holding how many context packs are installed. A page
 * reads it before painting: at 0 (or absent) it matches with the precompiled
 * bundled matcher alone and sends no message; otherwise it asks for the packs'
 * terms (`getPackTerms`).
 */
export const PACKS_KEY = 'backstory:packs';

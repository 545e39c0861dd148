/**
 * The storage.local key the background bumps whenever the stored data changes (a
 * pack added, replaced or removed, a new bundled dataset). Open tabs watch it and
 * drop their cached matcher. Zod-free: the content script imports it.
 */
export const DATA_REVISION_KEY = 'backstory:data-revision';

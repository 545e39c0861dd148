/**
 * How big a pack file may be, and the first check made on one, before it is read.
 * Kept free of zod so the options page can refuse a huge file without loading it.
 */
import { englishT, type Translate } from '../i18n.ts';

/** About ten times the bundled dataset's JSON (~0.8 MB): room for a large update, not for a dump. */
export const MAX_PACK_BYTES = 8 * 1024 * 1024;
/** Packs nest about five deep (figures[].history[].sources[]); JSON-LD a few more. */
export const MAX_JSON_DEPTH = 64;
/** Records and sources together; the bundled dataset has about 600. */
export const MAX_PACK_RECORDS = 10_000;
/** Problems listed for one file; past this the rest are counted, not listed. */
export const MAX_PROBLEMS = 200;

/** One thing wrong with an imported file: where (a JSON path such as `events[3].date`) and what, in plain words. */
export interface PackProblem {
  path: string;
  message: string;
}

/** The path reported for problems with the file as a whole. */
export const FILE_PATH = '(file)';

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** A problem when a file of `bytes` is too large to read, else null; `t` is the reader's language. */
export function fileSizeProblem(bytes: number, t: Translate = englishT): PackProblem | null {
  if (bytes <= MAX_PACK_BYTES) return null;
  return { path: FILE_PATH, message: t('optionsIssueFileTooBig', mb(bytes), mb(MAX_PACK_BYTES)) };
}

/**
 * One imported file, start to finish, without touching storage: read it safely,
 * recognise a pack or ClaimReview markup, validate it against what is installed,
 * and say what applying it would change. The background applies the pack it
 * returns only when this says valid. Pure.
 */
import { claimReviewsToPack, looksLikeClaimReview, relocateProblems } from './claim-review.ts';
import { diffData, mergePacks, type DataChanges } from './pack-merge.ts';
import type { PackProblem } from './pack-limits.ts';
import { validatePack } from './pack-validate.ts';
import { readJsonSafely } from './safe-json.ts';
import type { Dataset, Pack, PackHeader } from './schema.ts';
import type { UiText } from '../i18n.ts';

export type ImportKind = 'pack' | 'claimreview';

export type ImportCheck =
  | { valid: true; kind: ImportKind; header: PackHeader; /** The installed version this replaces. */ replaces: string | null; changes: DataChanges }
  | { valid: false; problems: PackProblem[] };

export interface ImportInput {
  text: string;
  fileName: string;
  bundled: Dataset;
  installed: readonly Pack[];
  /** YYYY-MM-DD, for packs made from ClaimReview files. */
  today: string;
  /** The reader's language, for the schema problems (English when absent). */
  ui?: UiText;
}

export function checkImport(input: ImportInput): { check: ImportCheck; pack?: Pack } {
  const read = readJsonSafely(input.text, input.ui?.t);
  if (!read.ok) return { check: { valid: false, problems: read.problems } };
  let kind: ImportKind = 'pack';
  let result;
  if (looksLikeClaimReview(read.value)) {
    kind = 'claimreview';
    const converted = claimReviewsToPack(read.value, { fileName: input.fileName, today: input.today, ui: input.ui });
    if (!converted.ok) return { check: { valid: false, problems: converted.problems } };
    result = validatePack(converted.value.pack, input.bundled, input.installed, input.ui);
    if (!result.ok) return { check: { valid: false, problems: relocateProblems(result.problems, converted.value) } };
  } else {
    result = validatePack(read.value, input.bundled, input.installed, input.ui);
    if (!result.ok) return { check: { valid: false, problems: result.problems } };
  }
  const pack = result.pack;
  const others = input.installed.filter((p) => p.pack.id !== pack.pack.id);
  const before = mergePacks(input.bundled, input.installed).dataset;
  const after = mergePacks(input.bundled, [...others, pack]).dataset;
  const replaces = input.installed.find((p) => p.pack.id === pack.pack.id)?.pack.version ?? null;
  return { check: { valid: true, kind, header: pack.pack, replaces, changes: diffData(before, after) }, pack };
}

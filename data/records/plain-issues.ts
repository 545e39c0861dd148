/**
 * zod issues as plain sentences for people fixing a pack by hand. Messages set on
 * a schema (the regexes' "expected an ISO date like 2026-03-05") win over these.
 */
import type * as z from 'zod';
import { formatPath } from './json-path.ts';
import type { PackProblem } from './pack-limits.ts';
import { englishText, plural, type MessageKey, type Translate, type UiText } from '../i18n.ts';

/** What the file holds where it should not: "a list", "the number 5", a short text quoted. */
function describe(input: unknown, t: Translate): string {
  if (input === null) return 'null'; // JSON's own word, as the file has it
  if (Array.isArray(input)) return t('optionsValueList');
  if (typeof input === 'string') return input.length > 40 ? t('optionsValueLongText') : `"${input}"`;
  if (typeof input === 'object') return t('optionsValueObject');
  return typeof input === 'number' ? t('optionsValueTheNumber', String(input)) : String(input);
}

const KIND_KEYS: Record<string, MessageKey> = {
  string: 'optionsValueText', number: 'optionsValueNumber', boolean: 'optionsValueBoolean', array: 'optionsValueList', object: 'optionsValueObject',
};

/**
 * Per-parse error map in the reader's language: pass as `safeParse(value, { error: plainErrorMap(text) })`.
 * A kind with no message (zod's own name for it) is shown as zod names it.
 */
export function plainErrorMap({ t, locale }: UiText = englishText): z.core.$ZodErrorMap {
  const kind = (k: string) => (Object.hasOwn(KIND_KEYS, k) ? t(KIND_KEYS[k]!) : k);
  return (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) return t('optionsIssueRequired');
        return t('optionsIssueExpected', kind(issue.expected), describe(issue.input, t));
      case 'unrecognized_keys':
        return plural(t, issue.keys.length, 'optionsIssueUnknownFieldOne', 'optionsIssueUnknownFieldOther', locale, issue.keys.map((k) => `"${k}"`).join(', '));
      case 'invalid_value':
        if (issue.input === undefined) return t('optionsIssueRequired');
        return t('optionsIssueOneOf', issue.values.map((v) => JSON.stringify(v)).join(', '), describe(issue.input, t));
      case 'too_small':
        if (issue.origin === 'string') return t('optionsIssueEmpty');
        if (issue.origin === 'array') return plural(t, Number(issue.minimum), 'optionsIssueAtLeastOne', 'optionsIssueAtLeastOther', locale);
        return undefined;
      case 'too_big':
        if (issue.origin === 'string') return t('optionsIssueTooLong', String(issue.maximum));
        return undefined;
      case 'invalid_union':
        return t('optionsIssueNoForm');
      default:
        return undefined;
    }
  };
}

/** A failed parse's issues as path + message problems, in document order. */
export function plainProblems(error: z.ZodError, prefix: readonly PropertyKey[] = []): PackProblem[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: issue.message }));
}

/**
 * zod issues as plain sentences for people fixing a pack by hand. Messages set on
 * a schema (the regexes' "expected an ISO date like 2026-03-05") win over these.
 */
import type * as z from 'zod';
import { formatPath } from './json-path.ts';
import type { PackProblem } from './pack-limits.ts';

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return input.length > 40 ? 'a long text' : `"${input}"`;
  if (typeof input === 'object') return 'an object';
  return `${typeof input === 'number' ? 'the number ' : ''}${String(input)}`;
}

const KIND_NAMES: Record<string, string> = { string: 'a text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'an object' };

/** Per-parse error map: pass as `safeParse(value, { error: plainErrorMap })`. */
export const plainErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `expected ${KIND_NAMES[issue.expected] ?? issue.expected}, got ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      if (issue.input === undefined) return 'is required';
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'string') return `is too long (at most ${String(issue.maximum)} characters)`;
      return undefined;
    case 'invalid_union':
      return 'is not in any of the accepted forms (see data/dataset.schema.json)';
    default:
      return undefined;
  }
};

/** A failed parse's issues as path + message problems, in document order. */
export function plainProblems(error: z.ZodError, prefix: readonly PropertyKey[] = []): PackProblem[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: issue.message }));
}

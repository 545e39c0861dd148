/** The stored date corrections' schema (data/date-override.ts), for the popup, which reads and rewrites the whole list. */
import * as z from 'zod/mini';
import { MAX_DATE_OVERRIDES, MAX_OVERRIDE_URL_LENGTH, type DateOverrides } from './date-override.ts';

export const dateOverridesSchema = z
  .array(z.strictObject({ url: z.string().check(z.maxLength(MAX_OVERRIDE_URL_LENGTH)), date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)) }))
  .check(z.maxLength(MAX_DATE_OVERRIDES));

/** The stored list, or none when it is missing or damaged (said in the console, then dropped on purpose: the pages' own dates stand). */
export function readDateOverrides(raw: unknown): DateOverrides {
  if (raw === undefined || raw === null) return [];
  const parsed = dateOverridesSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn(`Backstory: ignoring damaged date corrections: ${z.prettifyError(parsed.error)}`);
  return [];
}

/**
 * Reading an untrusted JSON file: size first, then nesting depth (scanned on the
 * text, before JSON.parse builds anything), then keys that could reach an object's
 * prototype if later code copied them with assignment. Pure.
 */
import { englishT, type Translate } from '../i18n.ts';
import { FILE_PATH, MAX_JSON_DEPTH, MAX_PACK_BYTES, fileSizeProblem, type PackProblem } from './pack-limits.ts';
import { formatPath } from './json-path.ts';

/** Keys refused anywhere in a file: JSON.parse keeps them as plain data, but Object.assign or a merge would not. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonRead = { ok: true; value: unknown } | { ok: false; problems: PackProblem[] };

/** The deepest nesting of arrays and objects in a JSON text, ignoring brackets inside strings. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/** Every forbidden key in a parsed value, by path. Iterative, so depth cannot overflow the stack. */
export function forbiddenKeys(value: unknown): string[] {
  const found: string[] = [];
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ v: item, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) found.push(formatPath([...path, key]));
      else stack.push({ v: (v as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return found.sort();
}

/** `t` is the reader's language, for the problems. */
export function readJsonSafely(text: string, t: Translate = englishT): JsonRead {
  const tooBig = fileSizeProblem(text.length > MAX_PACK_BYTES / 4 ? new TextEncoder().encode(text).length : text.length, t);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH) {
    return { ok: false, problems: [{ path: FILE_PATH, message: t('optionsIssueTooDeep', depth, MAX_JSON_DEPTH) }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ path: FILE_PATH, message: t('optionsIssueNotJson', (e as Error).message) }] };
  }
  const bad = forbiddenKeys(value);
  if (bad.length > 0) {
    return { ok: false, problems: bad.map((path) => ({ path, message: t('optionsIssueForbiddenKey', path.split('.').pop() ?? path) })) };
  }
  return { ok: true, value };
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../data/format-date.ts';
import { createT, englishT } from '../../data/i18n.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const sources = ['components', 'entrypoints', 'data'].flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8')),
);
/** Keys passed to t(), and message keys named as values (a status's key, a ternary's). */
const usedKeys = new Set(sources.flatMap((s) => [...s.matchAll(/['"]((?:popup|options|panel|card|common)[A-Z]\w*)['"]/g)].map((m) => m[1]!)));

describe('UI strings through browser.i18n', () => {
  it('finds every key the UI uses in _locales/en/messages.json', () => {
    expect(usedKeys.size).toBeGreaterThan(15);
    for (const key of usedKeys) expect(messages, key).toHaveProperty(key);
  });

  it('has no message the UI or the manifest never asks for', () => {
    const manifestKeys = [...readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(manifestKeys).toEqual(['extName', 'extDescription']);
    expect(Object.keys(messages).sort()).toEqual([...new Set([...usedKeys, ...manifestKeys])].sort());
  });

  it('uses the browser’s translation when it has one, and English with its substitutions when not', () => {
    const french = createT((key, subs) => (key === 'popupCountOnPage' ? `${subs?.[0]} sur cette page` : ''));
    expect(french('popupCountOnPage', 3)).toBe('3 sur cette page');
    expect(french('popupPause')).toBe('Pause everywhere');
    expect(englishT('popupStaleBefore', '13 Mar 2024')).toBe('The context may be out of date (last reviewed 13 Mar 2024): import a newer pack on the');
  });
});

describe('dates in the browser’s language', () => {
  it('keeps the house style in English, whatever the region', () => {
    for (const locale of ['en', 'en-US', 'en-GB']) {
      expect(formatDate('2024-03-13', undefined, locale)).toBe('13 Mar 2024');
      expect(formatDate('2024-09-02', undefined, locale)).toBe('2 Sep 2024');
    }
    expect(formatDate('2023-05')).toBe('May 2023');
  });

  it('formats with Intl.DateTimeFormat in another language, on the same day in every time zone', () => {
    expect(formatDate('2024-03-13', undefined, 'de')).toBe(new Intl.DateTimeFormat('de', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(Date.UTC(2024, 2, 13)));
    expect(formatDate('2024-03-13', undefined, 'de')).toMatch(/^13\. März 2024$/);
    expect(formatDate('2024-01-01', 'month', 'fr')).toMatch(/janv\.? 2024/);
    expect(formatDate('2024-01-01', 'year', 'fr')).toBe('2024');
  });

  it('falls back to English for a language tag Intl does not accept', () => {
    expect(formatDate('2024-03-13', undefined, 'not a tag')).toBe('13 Mar 2024');
  });
});

/** A reader's date correction: kept per page address, newest first, bounded, and checked on every read. */
import { describe, expect, it, vi } from 'vitest';
import { dateOverrideFor, MAX_DATE_OVERRIDES, overrideUrl, validCorrection, withDateOverride } from '../../data/date-override.ts';
import { readDateOverrides } from '../../data/date-override-schema.ts';

const NOW = new Date('2026-12-03T12:00:00Z');
const URL_A = 'https://news.example/2024/house-vote?ref=x';

describe('a date correction', () => {
  it('is kept under the page address without its #fragment, so an anchor jump finds it', () => {
    const list = withDateOverride([], `${URL_A}#comments`, '2024-03-14', NOW);
    expect(list).toEqual([{ url: URL_A, date: '2024-03-14' }]);
    expect(dateOverrideFor(list, URL_A, NOW)).toBe('2024-03-14');
    expect(dateOverrideFor(list, `${URL_A}#top`, NOW)).toBe('2024-03-14');
    expect(dateOverrideFor(list, 'https://news.example/2024/house-vote', NOW)).toBeNull(); // another query is another page
  });

  it('replaces the same page’s earlier correction and moves it to the front; Clear removes it', () => {
    let list = withDateOverride([], URL_A, '2024-03-14', NOW);
    list = withDateOverride(list, 'https://other.example/a', '2025-01-17', NOW);
    list = withDateOverride(list, URL_A, '2024-03-12', NOW);
    expect(list.map((e) => e.date)).toEqual(['2024-03-12', '2025-01-17']);
    list = withDateOverride(list, URL_A, null, NOW);
    expect(dateOverrideFor(list, URL_A, NOW)).toBeNull();
    expect(list).toHaveLength(1);
  });

  it(`keeps only the newest ${MAX_DATE_OVERRIDES}`, () => {
    let list = withDateOverride([], 'https://old.example/first', '2020-01-01', NOW);
    for (let i = 0; i < MAX_DATE_OVERRIDES; i++) list = withDateOverride(list, `https://site.example/${i}`, '2024-03-13', NOW);
    expect(list).toHaveLength(MAX_DATE_OVERRIDES);
    expect(dateOverrideFor(list, 'https://old.example/first', NOW)).toBeNull();
    expect(list[0]!.url).toBe(`https://site.example/${MAX_DATE_OVERRIDES - 1}`);
  });

  it('refuses a day that does not exist, one in the future, and an address that is not a web page', () => {
    expect(validCorrection('2024-02-30', NOW)).toBeNull();
    expect(validCorrection('2027-01-01', NOW)).toBeNull();
    expect(validCorrection('13/03/2024', NOW)).toBeNull();
    expect(validCorrection('2024-02-29', NOW)).toBe('2024-02-29');
    expect(() => withDateOverride([], URL_A, '2024-13-01', NOW)).toThrow(/real date/);
    expect(() => withDateOverride([], 'chrome://extensions', '2024-03-13', NOW)).toThrow(/web page/);
    expect(overrideUrl('javascript:alert(1)')).toBeNull();
  });

  it('is read by the page only when its entry is a real past day', () => {
    expect(dateOverrideFor([{ url: URL_A, date: '2024-02-30' }], URL_A, NOW)).toBeNull();
    expect(dateOverrideFor([{ url: URL_A, date: 20240313 }], URL_A, NOW)).toBeNull();
    expect(dateOverrideFor([null, { url: URL_A, date: '2024-03-14' }], URL_A, NOW)).toBe('2024-03-14');
    expect(dateOverrideFor({ [URL_A]: '2024-03-14' }, URL_A, NOW)).toBeNull();
  });

  it('reads a damaged stored value as no corrections, and says so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readDateOverrides([{ url: URL_A, date: 'yesterday' }])).toEqual([]);
    expect(readDateOverrides({ [URL_A]: '2024-03-13' })).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
    expect(readDateOverrides(undefined)).toEqual([]);
    expect(readDateOverrides([{ url: URL_A, date: '2024-03-13' }])).toEqual([{ url: URL_A, date: '2024-03-13' }]);
  });
});

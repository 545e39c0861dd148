import { describe, expect, it } from 'vitest';
import { findArticleDate, parseDay, type DateSignals } from '../../data/match/article-date.ts';

const NOW = new Date('2026-12-02T12:00:00Z');
const none: DateSignals = { jsonLd: [], metas: [], times: [], url: 'https://example.com/news/story' };
const find = (s: Partial<DateSignals>) => findArticleDate({ ...none, ...s }, NOW);

describe('parseDay', () => {
  it('reads the day as the page writes it, without moving it to UTC', () => {
    expect(parseDay('2024-03-13T23:30:00-05:00', NOW)).toBe('2024-03-13');
    expect(parseDay('2017-11-03 03:01:00.000000', NOW)).toBe('2017-11-03');
    expect(parseDay('20240313', NOW)).toBe('2024-03-13');
    expect(parseDay('Fri, 03 Nov 2017 03:01:00 GMT', NOW)).toBe('2017-11-03');
    expect(parseDay('March 13, 2024', NOW)).toBe('2024-03-13');
  });

  it('refuses impossible, prehistoric and future days', () => {
    expect(parseDay('2024-02-30', NOW)).toBeNull();
    expect(parseDay('1970-01-01T00:00:00Z', NOW)).toBeNull();
    expect(parseDay('2027-06-01', NOW)).toBeNull();
    expect(parseDay('yesterday', NOW)).toBeNull();
  });
});

describe('findArticleDate', () => {
  it('prefers JSON-LD datePublished of an article, including inside @graph', () => {
    const graph = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', datePublished: '2020-01-01' }, { '@type': ['ReportageNewsArticle'], datePublished: '2024-03-13T10:00:00Z' }] });
    const d = find({ jsonLd: [graph], metas: [{ key: 'article:published_time', value: '2024-03-14' }] });
    expect(d).toEqual({ known: true, date: '2024-03-13', source: 'json-ld', detail: 'datePublished', confidence: 'high' });
  });

  it('reads JSON-LD wrapped in CDATA, and skips broken JSON-LD for the metas', () => {
    expect(find({ jsonLd: ['<![CDATA[{"@type":"NewsArticle","datePublished":"2015-10-15T02:19:15Z"}]]>'] })).toMatchObject({ date: '2015-10-15' });
    expect(find({ jsonLd: ['{not json'], metas: [{ key: 'og:published_time', value: '2019-01-03' }] })).toMatchObject({ date: '2019-01-03', source: 'meta' });
  });

  it('ignores the dates of things that are not the article (a video, an organisation)', () => {
    const video = JSON.stringify({ '@type': 'VideoObject', datePublished: '2024-12-07' });
    expect(find({ jsonLd: [video] })).toEqual({ known: false, reason: 'the page gives no publication date' });
  });

  it('takes the most specific meta first', () => {
    const d = find({ metas: [{ key: 'date', value: '2016-02-01' }, { key: 'parsely-pub-date', value: '2016-01-31T23:00:00Z' }] });
    expect(d).toMatchObject({ date: '2016-01-31', detail: 'parsely-pub-date', confidence: 'high' });
  });

  it('falls back to the byline time, then the URL, each less sure', () => {
    expect(find({ times: ['2013-09-11T10:00:00-04:00'] })).toMatchObject({ date: '2013-09-11', source: 'time', confidence: 'medium' });
    expect(find({ url: 'https://news.example/2024/03/13/tiktok-vote/' })).toMatchObject({ date: '2024-03-13', source: 'url', confidence: 'low' });
    expect(find({ url: 'https://news.example/world/2024-03-13-tiktok-vote' })).toMatchObject({ date: '2024-03-13' });
  });

  it('says unknown, never today, when nothing dates the page', () => {
    expect(find({ url: 'https://news.example/2024/tiktok' })).toEqual({ known: false, reason: 'the page gives no publication date' });
    expect(find({ times: ['soon'], metas: [{ key: 'description', value: '2024-01-01' }] }).known).toBe(false);
  });
});

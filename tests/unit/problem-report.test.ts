/** "Report a problem with this card": a prefilled new-issue address on the project's repository. */
import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_URL_LENGTH, problemReportUrl } from '../../data/problem-report.ts';
import { REPOSITORY_URL } from '../../data/project.ts';

const base = { recordId: 'ent-bytedance', title: 'ByteDance', dataset: { version: '2026.12.1', lastReviewed: '2026-12-01' } };
const parts = (url: string) => {
  const u = new URL(url);
  return { where: `${u.origin}${u.pathname}`, title: u.searchParams.get('title'), body: u.searchParams.get('body') ?? '', keys: [...u.searchParams.keys()] };
};

describe('a problem report', () => {
  it('opens a new issue on the project’s repository with the record id and the dataset version, and no page address unless asked', () => {
    const url = problemReportUrl(base);
    expect(url.startsWith('https://')).toBe(true);
    const p = parts(url);
    expect(p.where).toBe(`${REPOSITORY_URL}/issues/new`);
    expect(p.keys).toEqual(['title', 'body']);
    expect(p.title).toBe('Card problem: ByteDance (ent-bytedance)');
    expect(p.body).toContain('Record: ent-bytedance');
    expect(p.body).toContain('Dataset version: 2026.12.1 (last reviewed 2026-12-01)');
    expect(p.body).not.toContain('Page:');
    expect(p.body).not.toContain('http');
  });

  it('adds the page’s address when the reader ticks the box, but never one that is not a web page or is too long', () => {
    expect(parts(problemReportUrl({ ...base, pageUrl: 'https://news.example/a?b=1&c=2#x' })).body).toContain('Page: https://news.example/a?b=1&c=2#x');
    expect(parts(problemReportUrl({ ...base, pageUrl: 'javascript:alert(1)' })).body).not.toContain('Page:');
    expect(parts(problemReportUrl({ ...base, pageUrl: 'file:///home/me/notes.html' })).body).not.toContain('Page:');
    expect(parts(problemReportUrl({ ...base, pageUrl: `https://news.example/${'a'.repeat(MAX_REPORTED_URL_LENGTH)}` })).body).not.toContain('Page:');
  });

  it('keeps card text inside its parameter, whatever characters it has, and names the pack a record came from', () => {
    const url = problemReportUrl({ ...base, title: 'A & B #1 ?x=y', pack: { title: 'Local & court filings', version: '3' } });
    const p = parts(url);
    expect(p.keys).toEqual(['title', 'body']);
    expect(p.title).toBe('Card problem: A & B #1 ?x=y (ent-bytedance)');
    expect(p.body).toContain('Pack: Local & court filings, version 3');
    expect(new URL(url).hash).toBe('');
  });
});

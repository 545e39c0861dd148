/**
 * "Report a problem with this card": the address of a new issue on the project's
 * repository, its title and body filled in from the card. Only opened by the
 * reader's click; nothing is sent. The page's address goes in only when the reader
 * says so, and only when it is a web page's (http(s)).
 */
import { REPOSITORY_URL } from './project.ts';

/** Longer page addresses are left out: GitHub refuses very long issue URLs, and such an address is rarely needed. */
export const MAX_REPORTED_URL_LENGTH = 2000;

export interface ProblemReport {
  recordId: string;
  /** The card's title, as the reader saw it. */
  title: string;
  dataset: { version: string; lastReviewed: string };
  pack?: { title: string; version: string };
  /** The page the card was opened on; only given when the reader ticked the box. */
  pageUrl?: string | null;
}

function webAddress(url: string | null | undefined): string | null {
  if (!url || url.length > MAX_REPORTED_URL_LENGTH) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The new-issue address, built with URLSearchParams so no card text can break out of its parameter. */
export function problemReportUrl(r: ProblemReport): string {
  const short = r.title.length > 80 ? `${r.title.slice(0, 79)}…` : r.title;
  const page = webAddress(r.pageUrl);
  const body = [
    `Record: ${r.recordId}`,
    `Card: ${r.title}`,
    `Dataset version: ${r.dataset.version} (last reviewed ${r.dataset.lastReviewed})`,
    ...(r.pack ? [`Pack: ${r.pack.title}, version ${r.pack.version}`] : []),
    ...(page ? [`Page: ${page}`] : []),
    '',
    'What is wrong with this card? A source for the correction helps.',
    '',
  ].join('\n');
  const params = new URLSearchParams({ title: `Card problem: ${short} (${r.recordId})`, body });
  return `${REPOSITORY_URL}/issues/new?${params.toString()}`;
}

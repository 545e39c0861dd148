/**
 * The content script's calls to the background. Answers are validated on the
 * background side before they leave it (see handlers.ts): zod, even zod/mini,
 * would add ~5.5 KB gzipped to a script that every page loads. Here a malformed
 * answer can only be a failed Result, which is reported, never rendered.
 * A worker that was asleep, restarting or stopped mid-request is retried with
 * backoff (100 ms, doubling to at most 2 s) for up to RETRY_FOR_MS in all.
 */
import type { CardData, PackTermsAnswer, PageReport, PageState, Result } from '../../data/protocol.ts';
import { sendMessage } from './messaging.ts';

/** How long to keep asking a worker that does not answer, in all: then the card says so, with Repair. */
export const RETRY_FOR_MS = 10_000;
const FIRST_RETRY_MS = 100;
const LONGEST_RETRY_MS = 2000;

/** A failed Result from the background: its message is plain and meant for the reader. */
export class BackstoryAnswerError extends Error {
  override name = 'BackstoryAnswerError';
}

export async function withRetry<T>(
  call: () => Promise<T>,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => number = () => performance.now(),
): Promise<T> {
  const start = now();
  for (let delay = FIRST_RETRY_MS; ; delay = Math.min(delay * 2, LONGEST_RETRY_MS)) {
    try {
      return await call();
    } catch (e) {
      // "Receiving end does not exist" while the worker starts, or "message port closed" when it was stopped.
      if (now() - start + delay > RETRY_FOR_MS) throw e;
      await sleep(delay);
    }
  }
}

/** The value of a Result, or its error thrown; an absent answer is an error too. */
function unwrap<T>(res: Result<T> | undefined): T {
  if (res?.ok) return res.value;
  throw new BackstoryAnswerError(res?.error ?? 'No answer from Backstory’s background.');
}

/** The card's Repair action. */
export async function repairData(): Promise<void> {
  unwrap(await withRetry(() => sendMessage('repairData', undefined)));
}

/** The installed packs' terms; asked only when storage says packs are installed. */
export async function loadPackTerms(): Promise<PackTermsAnswer> {
  return unwrap(await withRetry(() => sendMessage('getPackTerms', undefined)));
}

/** A record's card; `published` (the article's day, or null when the page gives none) makes it time-aware. */
export async function loadCard(id: string, published?: string | null): Promise<CardData> {
  return unwrap(await withRetry(() => sendMessage('getCard', published === undefined ? { id } : { id, published })));
}

export async function reportPage(state: PageState): Promise<void> {
  await sendMessage('reportPage', state).catch(() => undefined); // the badge is best effort
}

/** What the page holds, for the side panel; best effort, as the badge. */
export async function reportFound(report: PageReport): Promise<void> {
  await sendMessage('reportFound', report).catch(() => undefined);
}

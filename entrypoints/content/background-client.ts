/**
 * The content script's calls to the background. Answers are validated on the
 * background side before they leave it (see handlers.ts): zod, even zod/mini,
 * would add ~5.5 KB gzipped to a script that every page loads. Here a malformed
 * answer can only be a failed Result, which is reported, never rendered.
 * A worker that was asleep or restarting is retried once.
 */
import type { CardData, PackTermsAnswer, PageReport, PageState, Result } from '../../data/protocol.ts';
import { sendMessage } from './messaging.ts';

async function withRetry<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch {
    // "Receiving end does not exist" while the service worker starts: once more.
    await new Promise((resolve) => setTimeout(resolve, 150));
    return call();
  }
}

/** The value of a Result, or its error thrown; an absent answer is an error too. */
function unwrap<T>(res: Result<T> | undefined): T {
  if (!res?.ok) throw new Error(res?.error ?? 'No answer from Backstory’s background.');
  return res.value;
}

/** The installed packs' terms; asked only when storage says packs are installed. */
export async function loadPackTerms(): Promise<PackTermsAnswer> {
  return unwrap(await withRetry(() => sendMessage('getPackTerms', undefined)));
}

export async function loadCard(id: string): Promise<CardData> {
  return unwrap(await withRetry(() => sendMessage('getCard', { id })));
}

export async function reportPage(state: PageState): Promise<void> {
  await sendMessage('reportPage', state).catch(() => undefined); // the badge is best effort
}

/** What the page holds, for the side panel; best effort, as the badge. */
export async function reportFound(report: PageReport): Promise<void> {
  await sendMessage('reportFound', report).catch(() => undefined);
}

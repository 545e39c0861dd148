/**
 * The content script's calls to the background, with their answers validated on
 * arrival. A worker that was asleep or restarted is retried once.
 */
import { cardDataSchema, termIndexSchema, type CardData, type PageState } from '../../data/protocol.ts';
import type { TermIndex } from '../../data/term-index.ts';
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

export async function loadTermIndex(): Promise<TermIndex> {
  const res = await withRetry(() => sendMessage('getTermIndex', undefined));
  if (!res.ok) throw new Error(res.error);
  const parsed = termIndexSchema.safeParse(res.value);
  if (!parsed.success) throw new Error(`Backstory: malformed term index (${parsed.error.message})`);
  return parsed.data;
}

export async function loadCard(id: string): Promise<CardData> {
  const res = await withRetry(() => sendMessage('getCard', { id }));
  if (!res.ok) throw new Error(res.error);
  const parsed = cardDataSchema.safeParse(res.value);
  if (!parsed.success) throw new Error('The card data did not have the expected shape.');
  return parsed.data;
}

export async function reportPage(state: PageState): Promise<void> {
  await sendMessage('reportPage', state).catch(() => undefined); // the badge is best effort
}

/**
 * The background's answers to the content script. Each request is checked twice
 * on arrival: it must come from this extension, and its payload must parse.
 * Content scripts get read-only lookups and may set their own tab's badge.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { buildCardData } from '../../data/records/card-data.ts';
import { linkedIds } from '../../data/records/links.ts';
import { cardDataSchema, packTermsSchema, requestSchemas, type Result } from '../../data/protocol.ts';
import { countAll } from '../../data/count.ts';
import type { BackstoryDatabase } from './database.ts';
import { onMessage } from './messaging.ts';

type Sender = { id?: string; tab?: { id?: number } };

export function isOwnSender(sender: Sender, ownId: string = browser.runtime.id): boolean {
  return sender.id === ownId;
}

function check<T>(schema: z.ZodMiniType<T>, data: unknown, sender: Sender): Result<T> {
  if (!isOwnSender(sender)) return { ok: false, error: 'Refused: the request did not come from Backstory.' };
  const parsed = schema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: `Malformed request: ${parsed.error.message}` };
}

/**
 * Answers are checked here, before they cross into a page's content script,
 * because the content script is kept free of zod for its size.
 */
function outgoing<T>(schema: z.ZodMiniType<T>, value: unknown): Result<T> {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: `Stored data is malformed: ${parsed.error.message}` };
}

export function registerHandlers(getDb: () => Promise<BackstoryDatabase>) {
  // Pages carry the bundled terms precompiled; only the packs' terms come by message.
  onMessage('getPackTerms', async ({ data, sender }) => {
    const req = check(requestSchemas.getPackTerms, data, sender);
    if (!req.ok) return req;
    const stored = await (await getDb()).getMeta('packTerms');
    if (!stored) return { ok: false, error: 'The dataset is not loaded yet.' };
    const { version, terms, cues, replaced } = stored;
    return outgoing(packTermsSchema, { revision: version, terms, cues, replaced });
  });

  onMessage('getCard', async ({ data, sender }) => {
    const req = check(requestSchemas.getCard, data, sender);
    if (!req.ok) return req;
    const db = await getDb();
    const record = await db.records.get(req.value.id);
    const meta = await db.getMeta('dataset');
    if (!record || !meta) return { ok: false, error: `No record ${req.value.id}.` };
    const followers = (await db.getMeta('followers')) ?? {};
    const linked = new Map((await db.records.bulkGet(linkedIds(record, followers))).flatMap((r) => (r ? [[r.id, r] as const] : [])));
    const sources = new Map((await db.sources.bulkGet(record.sources)).flatMap((s) => (s ? [[s.id, s] as const] : [])));
    const packId = (await db.getMeta('origins'))?.[record.id];
    const pack = packId ? (await db.packs.get(packId))?.pack.pack : undefined;
    const card = buildCardData(record, {
      record: (id) => linked.get(id),
      source: (id) => sources.get(id),
      followersOf: (id) => followers[id] ?? [],
      meta,
      pack,
    });
    return outgoing(cardDataSchema, card);
  });

  onMessage('reportPage', async ({ data, sender }) => {
    const req = check(requestSchemas.reportPage, data, sender);
    if (!req.ok) return req;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false, error: 'reportPage is only for content scripts.' };
    const total = countAll(req.value.counts);
    // Firefox's MV2 build has browserAction where MV3 has action.
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    const off = req.value.status === 'off';
    await action.setBadgeText({ tabId, text: off ? 'off' : total > 0 ? String(total) : '' });
    await action.setBadgeBackgroundColor({ tabId, color: off ? '#6b6b6b' : '#5b3cc4' });
    return { ok: true, value: null };
  });
}

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
import { followersIndex } from '../../data/records/links.ts';
import type { AnyRecord, Dataset } from '../../data/records/schema.ts';
import { englishText, type UiText } from '../../data/i18n.ts';
import { allRecords } from '../../data/records/term-index.ts';
import type { BackstoryDatabase } from './database.ts';
import { onMessage } from './messaging.ts';
import { showTabState } from './toolbar.ts';

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

export interface HandlerEnv {
  /** Re-seeds the store from the bundled dataset (and the installed packs): a card found it damaged. */
  repair(reason: string): Promise<void>;
  /** The bundled dataset, parsed: cards still open when IndexedDB cannot be opened at all. */
  bundled(): Dataset;
  /** The reader's language for the card's labels and dates (English when absent). */
  ui?: UiText;
}

/** A card from the database, or why it could not be made. */
async function cardFromDb(db: BackstoryDatabase, id: string, published: string | null | undefined, ui: UiText): Promise<Result<ReturnType<typeof buildCardData>>> {
  const record = await db.records.get(id);
  const meta = await db.getMeta('dataset');
  if (!record || !meta) return { ok: false, error: `No record ${id}.` };
  const followers = (await db.getMeta('followers')) ?? {};
  const linked = new Map((await db.records.bulkGet(linkedIds(record, followers))).flatMap((r) => (r ? [[r.id, r] as const] : [])));
  const sources = new Map((await db.sources.bulkGet(record.sources)).flatMap((s) => (s ? [[s.id, s] as const] : [])));
  const packId = (await db.getMeta('origins'))?.[record.id];
  const pack = packId ? (await db.packs.get(packId))?.pack.pack : undefined;
  const card = buildCardData(record, {
    record: (rid) => linked.get(rid),
    source: (sid) => sources.get(sid),
    followersOf: (rid) => (Object.hasOwn(followers, rid) ? followers[rid]! : []),
    meta,
    pack,
  }, published, ui);
  return outgoing(cardDataSchema, card);
}

/** A card from the bundled dataset in memory, for a worker whose database is unusable (blocked, quota, private mode). */
function cardFromBundled(ds: Dataset, id: string, published: string | null | undefined, ui: UiText): Result<ReturnType<typeof buildCardData>> {
  const records = new Map<string, AnyRecord>(allRecords(ds).map((r) => [r.id, r]));
  const record = records.get(id);
  if (!record) return { ok: false, error: `No record ${id}.` };
  const sources = new Map(ds.sources.map((s) => [s.id, s]));
  const followers = followersIndex(ds);
  const card = buildCardData(record, {
    record: (rid) => records.get(rid),
    source: (sid) => sources.get(sid),
    followersOf: (rid) => (Object.hasOwn(followers, rid) ? followers[rid]! : []),
    meta: ds.meta,
  }, published, ui);
  return outgoing(cardDataSchema, card);
}

export function registerHandlers(getDb: () => Promise<BackstoryDatabase>, env: HandlerEnv) {
  const ui = env.ui ?? englishText;
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
    const { id, published } = req.value;
    let db: BackstoryDatabase;
    try {
      db = await getDb();
    } catch {
      return cardFromBundled(env.bundled(), id, published, ui); // IndexedDB unusable: the bundled data still answers
    }
    const first = await cardFromDb(db, id, published, ui).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    if (first.ok) return first;
    // A record the data should have, missing or malformed: the store is damaged. Repair it, then try once more.
    const expected = allRecords(env.bundled()).some((r) => r.id === id);
    if (!expected && first.error === `No record ${id}.`) return first;
    try {
      await env.repair(`card ${id}: ${first.error}`);
      const again = await cardFromDb(db, id, published, ui);
      if (again.ok) return again;
    } catch {
      // Falls through to the plain message below.
    }
    return expected ? cardFromBundled(env.bundled(), id, published, ui) : { ok: false, error: ui.t('cardDamaged') };
  });

  onMessage('repairData', async ({ data, sender }) => {
    const req = check(requestSchemas.repairData, data, sender);
    if (!req.ok) return req;
    try {
      await env.repair('the reader asked, from a card');
      return { ok: true, value: null };
    } catch {
      return { ok: false, error: ui.t('cardDamaged') };
    }
  });

  onMessage('reportPage', async ({ data, sender }) => {
    const req = check(requestSchemas.reportPage, data, sender);
    if (!req.ok) return req;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false, error: 'reportPage is only for content scripts.' };
    await showTabState(tabId, { off: req.value.status === 'off', total: countAll(req.value.counts) });
    return { ok: true, value: null };
  });
}

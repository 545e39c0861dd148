/**
 * A card whose stored record is missing or damaged: the worker repairs the store
 * and answers with the card; with IndexedDB unusable, the bundled data answers.
 * Messages go through the real router, as the content script sends them.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BackstoryDatabase } from '../../entrypoints/background/database.ts';
import { registerHandlers } from '../../entrypoints/background/handlers.ts';
import { dispatch } from '../../entrypoints/background/messaging.ts';
import { parseDataset, seedDataset, storeMerged } from '../../entrypoints/background/seed.ts';
import type { Dataset } from '../../data/records/schema.ts';
import { miniDataset } from './fixture-dataset.ts';

const ds = (parseDataset(miniDataset()) as { ok: true; dataset: Dataset }).dataset;
let db: BackstoryDatabase;
let dbBroken = false;
const repair = vi.fn(async () => {
  await storeMerged(db, ds, []);
});

beforeAll(async () => {
  db = new BackstoryDatabase('card-repair');
  await seedDataset(db, miniDataset(), () => undefined);
  registerHandlers(async () => {
    if (dbBroken) throw new Error('UnknownError: Internal error opening backing store for indexedDB.open.');
    return db;
  }, { repair, bundled: () => ds });
});

const sender = () => ({ id: fakeBrowser.runtime.id }) as Parameters<typeof dispatch>[1];
const getCard = (id: string) =>
  dispatch({ id: 1, type: 'getCard', data: { id }, timestamp: Date.now() }, sender()) as Promise<{ res: { ok: boolean; value?: { title: string }; error?: string } }>;

describe('a card over damaged data', () => {
  it('repairs a store that lost the record and answers with the card', async () => {
    await db.records.delete('ent-oracle');
    const { res } = await getCard('ent-oracle');
    expect(res.ok).toBe(true);
    expect(res.value?.title).toBe('Oracle');
    expect(repair).toHaveBeenCalledOnce();
    expect(await db.records.get('ent-oracle')).toBeDefined();
  });

  it('repairs a record damaged in place (it fails the card schema) rather than showing a TypeError', async () => {
    repair.mockClear();
    await db.records.put({ ...(await db.records.get('ent-tiktok'))!, name: { evil: true } } as never);
    const { res } = await getCard('ent-tiktok');
    expect(res).toMatchObject({ ok: true, value: { title: 'TikTok' } });
    expect(repair).toHaveBeenCalledOnce();
  });

  it('answers from the bundled data when IndexedDB cannot be opened', async () => {
    dbBroken = true;
    const { res } = await getCard('ent-bytedance');
    dbBroken = false;
    expect(res).toMatchObject({ ok: true, value: { title: 'ByteDance' } });
  });

  it('says plainly that a record does not exist, without repairing anything', async () => {
    repair.mockClear();
    const { res } = await getCard('ent-nobody');
    expect(res).toEqual({ ok: false, error: 'No record ent-nobody.' });
    expect(repair).not.toHaveBeenCalled();
  });

  it('gives no answer to a message type named after a prototype member', async () => {
    for (const type of ['constructor', '__proto__', 'toString']) expect(dispatch({ id: 1, type, timestamp: 1 }, sender())).toBeUndefined();
  });
});

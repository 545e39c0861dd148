import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackstoryDatabase } from '../../entrypoints/background/database.ts';
import { createPackStore } from '../../entrypoints/background/pack-store.ts';
import { isOptionsSender } from '../../entrypoints/background/pack-handlers.ts';
import { seedDataset } from '../../entrypoints/background/seed.ts';
import { miniDataset } from './fixture-dataset.ts';
import { goodPack, miniBundled } from './pack-fixtures.ts';
import { packTermsSchema } from '../../data/protocol.ts';

let n = 0;
const dbs: BackstoryDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function setup() {
  const db = new BackstoryDatabase(`packs-${n++}`);
  dbs.push(db);
  await seedDataset(db, miniDataset(), vi.fn());
  const notify = vi.fn(async () => undefined);
  const store = createPackStore({ getDb: async () => db, bundled: miniBundled, notify, now: () => new Date('2026-12-02T10:00:00Z') });
  return { db, store, notify };
}

/** Every table, as text: what "byte-identical" means here. */
async function dump(db: BackstoryDatabase) {
  return JSON.stringify({ records: await db.records.toArray(), sources: await db.sources.toArray(), meta: await db.meta.toArray(), packs: await db.packs.toArray() });
}

const text = (p: unknown) => JSON.stringify(p);

describe('the pack store', () => {
  it('checks without storing, then installs on apply: records, sources, term index and origin', async () => {
    const { db, store, notify } = await setup();
    const before = await dump(db);
    const check = await store.checkImport(text(goodPack()), 'good.json');
    expect(check.valid && check.changes.added.map((c) => c.id)).toEqual(['ent-app-stores', 'src-b']);
    expect(await dump(db)).toBe(before);
    const { check: applied, installed } = await store.applyImport(text(goodPack()), 'good.json');
    expect(applied.valid).toBe(true);
    expect(installed.packs).toEqual([expect.objectContaining({ id: 'test-pack', version: '2026.02.01', counts: { entities: 2, events: 0, claims: 0, figures: 0, sources: 1 } })]);
    expect((await db.records.get('ent-oracle'))).toMatchObject({ name: 'Oracle Corporation' });
    expect((await db.getMeta('termIndex'))!.terms.some((t) => t.key === 'app stores' && t.id === 'ent-app-stores')).toBe(true);
    expect((await db.getMeta('termIndex'))!.version).toBe('2026.01.01+test-pack@2026.02.01');
    expect((await db.getMeta('origins'))!['ent-app-stores']).toBe('test-pack');
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('keeps the packs’ own terms apart for pages, which carry the bundled ones precompiled', async () => {
    const { db, store } = await setup();
    expect((await db.getMeta('packTerms'))).toMatchObject({ terms: [], cues: [], replaced: [] });
    await store.applyImport(text(goodPack()), 'good.json');
    const packTerms = (await db.getMeta('packTerms'))!;
    expect(new Set(packTerms.terms.map((t) => t.id))).toEqual(new Set(['ent-app-stores', 'ent-oracle']));
    expect(packTerms.replaced).toEqual(['ent-oracle']);
    // What getPackTerms sends passes the protocol's strict schema.
    const { version, terms, cues, replaced } = packTerms;
    expect(packTermsSchema.safeParse({ revision: version, terms, cues, replaced }).success).toBe(true);
    expect(packTermsSchema.safeParse({ revision: version, terms, cues, replaced, extra: 1 }).success).toBe(false);
  });

  it('leaves every table byte-identical when a file fails', async () => {
    const { db, store, notify } = await setup();
    await store.applyImport(text(goodPack()), 'good.json');
    const before = await dump(db);
    const bad = goodPack({ version: '2026.03.01' });
    bad.entities![0]!.sources = ['src-missing'];
    const { check } = await store.applyImport(text(bad), 'bad.json');
    expect(check.valid ? [] : check.problems).toEqual([{ path: 'entities[0].sources[0]', message: 'src-missing is not a known source' }]);
    expect(await store.applyImport('{"pack": [', 'broken.json').then((r) => r.check.valid)).toBe(false);
    expect(await dump(db)).toBe(before);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('replaces an installed pack with its newer version and refuses an older one', async () => {
    const { db, store } = await setup();
    await store.applyImport(text(goodPack()), 'v1.json');
    const newer = goodPack({ version: '2026.03.01' });
    newer.entities = newer.entities!.slice(1);
    newer.sources = [];
    expect((await store.applyImport(text(newer), 'v2.json')).check).toMatchObject({ valid: true, replaces: '2026.02.01' });
    expect(await db.records.get('ent-app-stores')).toBeUndefined();
    expect((await store.installed()).packs.map((p) => p.version)).toEqual(['2026.03.01']);
    const older = await store.applyImport(text(goodPack()), 'v1.json');
    expect(older.check.valid ? '' : older.check.problems[0]!.message).toMatch(/older than the installed version 2026.03.01/);
  });

  it('removing a pack brings back the bundled records it replaced', async () => {
    const { db, store, notify } = await setup();
    const bundledOnly = await dump(db);
    await store.applyImport(text(goodPack()), 'good.json');
    const installed = await store.removePack('test-pack');
    expect(installed.packs).toEqual([]);
    expect(await db.records.get('ent-oracle')).toMatchObject({ name: 'Oracle' });
    expect(await db.records.get('ent-app-stores')).toBeUndefined();
    const after = JSON.parse(await dump(db));
    const original = JSON.parse(bundledOnly);
    expect(after.records).toEqual(original.records);
    expect(after.sources).toEqual(original.sources);
    expect(notify).toHaveBeenCalledTimes(2);
    await expect(store.removePack('test-pack')).rejects.toThrow('No installed pack test-pack.');
  });

  it('merges packs in the order they were installed, and a newer version counts as installed anew', async () => {
    const { db } = await setup();
    let clock = Date.parse('2026-12-01T00:00:00Z');
    const store = createPackStore({ getDb: async () => db, bundled: miniBundled, notify: async () => undefined, now: () => new Date((clock += 1000)) });
    const a = goodPack({ id: 'pack-a' });
    a.entities![1]!.summary = 'From A.';
    const b = goodPack({ id: 'pack-b', created: '2026-01-01' });
    b.entities![1]!.summary = 'From B.';
    await store.applyImport(text(a), 'a.json');
    await store.applyImport(text(b), 'b.json');
    expect((await db.records.get('ent-oracle'))!).toMatchObject({ summary: 'From B.' });
    await store.applyImport(text({ ...a, pack: { ...a.pack, version: '2026.03.01' } }), 'a2.json');
    expect((await db.records.get('ent-oracle'))!).toMatchObject({ summary: 'From A.' });
    expect((await store.installed()).packs.map((p) => p.id)).toEqual(['pack-b', 'pack-a']);
    await seedDataset(db, miniDataset('2026.06.01'), vi.fn());
    expect((await db.records.get('ent-oracle'))!).toMatchObject({ summary: 'From A.' });
  });

  it('keeps installed packs over a new bundled dataset when it re-seeds', async () => {
    const { db, store } = await setup();
    await store.applyImport(text(goodPack()), 'good.json');
    await seedDataset(db, miniDataset('2026.05.01'), vi.fn());
    expect(await db.records.get('ent-app-stores')).toMatchObject({ name: 'App stores' });
    expect((await db.getMeta('dataset'))!.version).toBe('2026.05.01');
  });

  it('exports a file that imports back with nothing changed', async () => {
    const { db, store } = await setup();
    await store.applyImport(text(goodPack()), 'good.json');
    const { fileName, text: exported } = await store.exportData();
    expect(fileName).toBe('backstory-export-2026-12-02.json');
    const before = JSON.stringify([await db.records.toArray(), await db.sources.toArray()]);
    const { check } = await store.applyImport(exported, fileName);
    expect(check.valid && check.changes).toMatchObject({ added: [], updated: [], removed: [] });
    expect(JSON.stringify([await db.records.toArray(), await db.sources.toArray()])).toBe(before);
    expect((await store.exportData()).text).toBe(exported);
  });
});

describe('who may change the installed data', () => {
  const url = 'chrome-extension://backstory/options.html';
  it('accepts only the options page of this extension', () => {
    expect(isOptionsSender({ id: 'backstory', url }, url, 'backstory')).toBe(true);
    expect(isOptionsSender({ id: 'backstory', url: `${url}?x=1` }, url, 'backstory')).toBe(true);
  });
  it('refuses content scripts, the popup and other extensions', () => {
    expect(isOptionsSender({ id: 'backstory', url: 'https://news.example/article' }, url, 'backstory')).toBe(false);
    expect(isOptionsSender({ id: 'backstory', url: 'chrome-extension://backstory/popup.html' }, url, 'backstory')).toBe(false);
    expect(isOptionsSender({ id: 'other', url }, url, 'backstory')).toBe(false);
  });
});

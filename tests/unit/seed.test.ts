import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackstoryDatabase } from '../../entrypoints/background/database.ts';
import { checkIntegrity, seedDataset } from '../../entrypoints/background/seed.ts';
import { miniDataset } from './fixture-dataset.ts';

let n = 0;
const dbs: BackstoryDatabase[] = [];
function freshDb() {
  const db = new BackstoryDatabase(`test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
const quiet = () => vi.fn();

describe('seedDataset', () => {
  it('stores every record, its sources and the term index on first run', async () => {
    const db = freshDb();
    const out = await seedDataset(db, miniDataset(), quiet());
    expect(out).toMatchObject({ status: 'seeded', version: '2026.01.01' });
    expect(await db.records.count()).toBe(12);
    expect(await db.sources.count()).toBe(1);
    expect((await db.getMeta('termIndex'))?.terms.some((t) => t.key === 'bytedance')).toBe(true);
    expect((await db.getMeta('dataset'))?.version).toBe('2026.01.01');
  });

  it('does nothing when the stored version is current and the data is whole', async () => {
    const db = freshDb();
    await seedDataset(db, miniDataset(), quiet());
    const before = await db.records.toArray();
    expect(await seedDataset(db, miniDataset(), quiet())).toEqual({ status: 'current', version: '2026.01.01' });
    expect(await db.records.toArray()).toEqual(before);
  });

  it('repairs a store that lost a record, at the same version', async () => {
    const db = freshDb();
    await seedDataset(db, miniDataset(), quiet());
    await db.records.delete('ent-oracle');
    const log = vi.fn();
    expect(await seedDataset(db, miniDataset(), log)).toMatchObject({ status: 'repaired', problem: '11 records stored, 12 expected' });
    expect(await db.records.get('ent-oracle')).toBeDefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('failed its integrity check'));
  });

  it('repairs an emptied records table, a record damaged in place and a missing term index', async () => {
    const db = freshDb();
    await seedDataset(db, miniDataset(), quiet());
    const good = await db.records.toArray();
    await db.records.clear();
    expect((await seedDataset(db, miniDataset(), quiet())).status).toBe('repaired');
    await db.records.put({ ...(await db.records.get('ent-oracle'))!, name: 42 } as never);
    expect(await seedDataset(db, miniDataset(), quiet())).toMatchObject({ status: 'repaired', problem: expect.stringMatching(/^checksum/) });
    await db.meta.delete('termIndex');
    expect(await seedDataset(db, miniDataset(), quiet())).toMatchObject({ status: 'repaired', problem: 'the termIndex row is missing' });
    expect(await db.records.toArray()).toEqual(good);
    expect(await checkIntegrity(db, '2026.01.01')).toBeNull();
  });

  it('catches a lost record with the quick check and in-place damage only with the deep one', async () => {
    const db = freshDb();
    await seedDataset(db, miniDataset(), quiet());
    await db.records.put({ ...(await db.records.get('ent-oracle'))!, name: 42 } as never);
    expect((await seedDataset(db, miniDataset(), quiet(), { deep: false })).status).toBe('current');
    expect((await seedDataset(db, miniDataset(), quiet(), { deep: true })).status).toBe('repaired');
    await db.records.delete('ent-oracle');
    expect((await seedDataset(db, miniDataset(), quiet(), { deep: false })).status).toBe('repaired');
  });

  it('refuses a schema-valid dataset with dangling references, keeping the good data', async () => {
    const db = freshDb();
    await seedDataset(db, miniDataset('2026.01.01'), quiet());
    const before = await db.records.toArray();
    const dangling = miniDataset('2026.06.01');
    dangling.entities[0]!.related = ['evt-never-happened'];
    dangling.claims[0]!.sources = ['src-nowhere'];
    const log = vi.fn();
    const out = await seedDataset(db, dangling, log);
    expect(out.status).toBe('invalid');
    expect(out.status === 'invalid' && out.error).toMatch(/ent-bytedance: refers to evt-never-happened, which does not exist[\s\S]*cites src-nowhere/);
    expect(await db.records.toArray()).toEqual(before);
    expect((await db.getMeta('dataset'))?.version).toBe('2026.01.01');
  });

  it('replaces the data when the bundled version changes, dropping removed records', async () => {
    const db = freshDb();
    await seedDataset(db, miniDataset('2026.01.01'), quiet());
    const next = miniDataset('2026.02.01');
    next.entities = next.entities.filter((e) => e.id !== 'ent-jv');
    await seedDataset(db, next, quiet());
    expect(await db.records.get('ent-jv')).toBeUndefined();
    expect((await db.getMeta('dataset'))?.version).toBe('2026.02.01');
  });

  it('leaves the previous data in place and logs a clear error when the bundled dataset is invalid', async () => {
    const db = freshDb();
    await seedDataset(db, miniDataset('2026.01.01'), quiet());
    const before = await db.records.toArray();
    const bad = miniDataset('2026.03.01');
    bad.sources[0]!.url = 'javascript:alert(1)';
    const log = vi.fn();
    const out = await seedDataset(db, bad, log);
    expect(out.status).toBe('invalid');
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/dataset is invalid; keeping the stored data[\s\S]*sources\[0\]\.url/));
    expect(await db.records.toArray()).toEqual(before);
    expect((await db.getMeta('dataset'))?.version).toBe('2026.01.01');
  });

  it('rolls back completely when a write fails half-way', async () => {
    const db = freshDb();
    await seedDataset(db, miniDataset('2026.01.01'), quiet());
    const before = await db.records.toArray();
    const spy = vi.spyOn(db.sources, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(seedDataset(db, miniDataset('2026.04.01'), quiet())).rejects.toThrow('QuotaExceededError');
    spy.mockRestore();
    expect(await db.records.toArray()).toEqual(before);
    expect((await db.getMeta('dataset'))?.version).toBe('2026.01.01');
  });
});

describe('re-seeding and the user’s settings', () => {
  it('leaves the layer switches exactly as the user set them', async () => {
    const { fakeBrowser } = await import('wxt/testing');
    await fakeBrowser.storage.local.set({ layers: { entities: false, timeline: true, claims: false, figures: true } });
    const db = freshDb();
    await seedDataset(db, miniDataset('2026.01.01'), quiet());
    await seedDataset(db, miniDataset('2026.05.01'), quiet());
    expect(await fakeBrowser.storage.local.get('layers')).toEqual({ layers: { entities: false, timeline: true, claims: false, figures: true } });
  });
});

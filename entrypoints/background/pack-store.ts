/**
 * The installed packs: list, check, install, remove, export. Owns the order of
 * writes (one at a time) and tells open tabs when the data changed. The deciding
 * is done by the pure functions in data/; this only reads and writes Dexie.
 */
import { checkImport, type ImportCheck } from '../../data/records/pack-import.ts';
import { exportPack, mergePacks, packCounts } from '../../data/records/pack-merge.ts';
import type { InstalledData } from '../../data/protocol.ts';
import type { Dataset } from '../../data/records/schema.ts';
import type { UiText } from '../../data/i18n.ts';
import { byInstallOrder, type BackstoryDatabase } from './database.ts';
import { storeMerged } from './seed.ts';

export interface PackStoreEnv {
  getDb(): Promise<BackstoryDatabase>;
  /** The bundled dataset, parsed; throws when it is invalid. */
  bundled(): Dataset;
  /** Tells open tabs the data changed (storage.local DATA_REVISION_KEY). */
  notify(): Promise<void>;
  now?: () => Date;
  /** The reader's language, for the problems a check reports (browser.i18n's in the worker). */
  ui?: UiText;
}

export const EXPORT_PACK_ID = 'backstory-export';

const day = (d: Date) => d.toISOString().slice(0, 10);

export function createPackStore(env: PackStoreEnv) {
  const now = env.now ?? (() => new Date());
  let queue: Promise<unknown> = Promise.resolve();
  /** Writes run one at a time, so a check and its install see the same packs. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  /** Installed packs in install order, which is the merge order. */
  async function rows() {
    return (await (await env.getDb()).packs.toArray()).sort(byInstallOrder);
  }

  async function installed(): Promise<InstalledData> {
    const meta = env.bundled().meta;
    const packs = (await rows()).map(({ pack, installed }) => ({ ...pack.pack, installed, counts: packCounts(pack) }));
    return { bundled: { version: meta.version, lastReviewed: meta.lastReviewed, title: meta.title }, packs };
  }

  async function check(text: string, fileName: string) {
    const packs = (await rows()).map((r) => r.pack);
    return { packs, ...checkImport({ text, fileName, bundled: env.bundled(), installed: packs, today: day(now()), ui: env.ui }) };
  }

  return {
    installed,

    checkImport: (text: string, fileName: string): Promise<ImportCheck> => serial(async () => (await check(text, fileName)).check),

    applyImport: (text: string, fileName: string) =>
      serial(async (): Promise<{ check: ImportCheck; installed: InstalledData }> => {
        const { check: result, pack, packs } = await check(text, fileName);
        if (!result.valid || !pack) return { check: result, installed: await installed() };
        const others = packs.filter((p) => p.pack.id !== pack.pack.id);
        await storeMerged(await env.getDb(), env.bundled(), [...others, pack], { put: { id: pack.pack.id, pack, installed: now().toISOString() } });
        await env.notify();
        return { check: result, installed: await installed() };
      }),

    removePack: (id: string) =>
      serial(async (): Promise<InstalledData> => {
        const packs = (await rows()).map((r) => r.pack);
        if (!packs.some((p) => p.pack.id === id)) throw new Error(`No installed pack ${id}.`);
        await storeMerged(await env.getDb(), env.bundled(), packs.filter((p) => p.pack.id !== id), { remove: id });
        await env.notify();
        return installed();
      }),

    exportData: () =>
      serial(async () => {
        const packs = (await rows()).map((r) => r.pack);
        const merged = mergePacks(env.bundled(), packs).dataset;
        const today = day(now());
        const pack = exportPack(merged, {
          id: EXPORT_PACK_ID,
          // Nothing that changes on re-import (such as a pack count) goes in the header: an export re-exports identically.
          title: `Backstory data exported ${today}`,
          publisher: 'Exported from Backstory',
          version: today.replace(/-/g, '.'),
          created: today,
        });
        return { fileName: `backstory-export-${today}.json`, text: `${JSON.stringify(pack, null, 2)}\n` };
      }),
  };
}

export type PackStore = ReturnType<typeof createPackStore>;

import { bundledDataset } from '../../data/dataset/index.ts';
import { BackstoryDatabase } from './database.ts';
import { registerHandlers } from './handlers.ts';
import { seedDataset } from './seed.ts';

export default defineBackground(() => {
  const db = new BackstoryDatabase();
  // Seeding runs on install/update and, because a worker may start without either
  // event (browser restart, storage cleared), once per worker start; the version
  // check makes a repeat cheap.
  let seeding: Promise<unknown> | undefined;
  const ready = () => (seeding ??= seedDataset(db, bundledDataset).catch((e) => console.error('Backstory: seeding failed', e)));
  browser.runtime.onInstalled.addListener(() => void ready());
  registerHandlers(async () => {
    await ready();
    return db;
  });
});

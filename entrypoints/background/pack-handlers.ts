/**
 * The options page's requests. Reading what is installed is open to every page
 * of the extension (the popup shows the review date); changing it is accepted
 * only from the options page itself, never from a content script.
 */
import { browser } from 'wxt/browser';
import { requestSchemas, type Result } from '../../data/protocol.ts';
import { isOwnSender } from './handlers.ts';
import { onMessage } from './messaging.ts';
import type { PackStore } from './pack-store.ts';

type Sender = { id?: string; url?: string };

export function isOptionsSender(sender: Sender, optionsUrl: string = browser.runtime.getURL('/options.html'), ownId: string = browser.runtime.id): boolean {
  return isOwnSender(sender, ownId) && typeof sender.url === 'string' && sender.url.split(/[?#]/)[0] === optionsUrl;
}

async function guarded<T>(ok: boolean, work: () => Promise<T>): Promise<Result<T>> {
  if (!ok) return { ok: false, error: 'Refused: only the Backstory options page may change the installed data.' };
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export function registerPackHandlers(store: () => Promise<PackStore>) {
  onMessage('getInstalled', ({ sender }) => guarded(isOwnSender(sender), async () => (await store()).installed()));

  onMessage('checkImport', ({ data, sender }) => {
    const req = requestSchemas.checkImport.safeParse(data);
    return guarded(isOptionsSender(sender) && req.success, async () => (await store()).checkImport(req.data!.text, req.data!.fileName));
  });

  onMessage('applyImport', ({ data, sender }) => {
    const req = requestSchemas.applyImport.safeParse(data);
    return guarded(isOptionsSender(sender) && req.success, async () => (await store()).applyImport(req.data!.text, req.data!.fileName));
  });

  onMessage('removePack', ({ data, sender }) => {
    const req = requestSchemas.removePack.safeParse(data);
    return guarded(isOptionsSender(sender) && req.success, async () => (await store()).removePack(req.data!.id));
  });

  onMessage('exportData', ({ sender }) => guarded(isOptionsSender(sender), async () => (await store()).exportData()));
}

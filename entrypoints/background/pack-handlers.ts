/**
 * The options page's requests. Reading what is installed is open to every page
 * of the extension (the popup shows the review date); changing it is accepted
 * only from the options page itself, never from a content script.
 */
import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { requestSchemas, type Result } from '../../data/protocol.ts';
import { isOwnSender } from './handlers.ts';
import { onMessage } from './messaging.ts';
import type { PackStore } from './pack-store.ts';

type Sender = { id?: string; url?: string };

export function isOptionsSender(sender: Sender, optionsUrl: string = browser.runtime.getURL('/options.html'), ownId: string = browser.runtime.id): boolean {
  return isOwnSender(sender, ownId) && typeof sender.url === 'string' && sender.url.split(/[?#]/)[0] === optionsUrl;
}

const REFUSED = 'Refused: only the Backstory options page may change the installed data.';

async function run<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** A change request: from the options page, with a payload that parses; then the work. */
async function change<R, T>(schema: z.ZodMiniType<R>, data: unknown, sender: Sender, work: (req: R) => Promise<T>): Promise<Result<T>> {
  if (!isOptionsSender(sender)) return { ok: false, error: REFUSED };
  const req = schema.safeParse(data);
  if (!req.success) return { ok: false, error: `Malformed request: ${req.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ')}` };
  return run(() => work(req.data));
}

export function registerPackHandlers(store: () => Promise<PackStore>) {
  onMessage('getInstalled', ({ sender }) =>
    isOwnSender(sender) ? run(async () => (await store()).installed()) : { ok: false, error: 'Refused: the request did not come from Backstory.' },
  );
  onMessage('checkImport', ({ data, sender }) => change(requestSchemas.checkImport, data, sender, async (r) => (await store()).checkImport(r.text, r.fileName)));
  onMessage('applyImport', ({ data, sender }) => change(requestSchemas.applyImport, data, sender, async (r) => (await store()).applyImport(r.text, r.fileName)));
  onMessage('removePack', ({ data, sender }) => change(requestSchemas.removePack, data, sender, async (r) => (await store()).removePack(r.id)));
  onMessage('exportData', ({ data, sender }) => change(requestSchemas.exportData, data, sender, async () => (await store()).exportData()));
}

/**
 * The background's message listener: one root listener, handlers in a Map,
 * refusing every message type the protocol does not name (data/message-router.ts).
 * `onMessage` keeps @webext-core/messaging's shape, so handlers read as before;
 * senders still use the library.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser, type Browser } from 'wxt/browser';
import { requestSchemas, type ProtocolMap } from '../../data/protocol.ts';
import { route, type Handler } from '../../data/message-router.ts';

type Sender = Browser.runtime.MessageSender;
type Answer<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;

const handlers = new Map<string, Handler<Sender>>();
const KNOWN: ReadonlySet<string> = new Set(Object.keys(requestSchemas));
let listening = false;

/** Routes one message as the browser listener does: the answer, or undefined for none. Tests call it directly. */
export function dispatch(message: unknown, sender: Sender): Promise<{ res: unknown }> | undefined {
  return route(handlers, KNOWN, message, sender);
}

function listen() {
  if (listening) return;
  listening = true;
  // Registered synchronously at the worker's top level (from defineBackground), so a message that woke it is heard.
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => {
    const answer = dispatch(message, sender);
    if (!answer) return false;
    void answer.then(sendResponse);
    return true;
  });
}

export function onMessage<K extends keyof ProtocolMap>(
  type: K,
  handler: (message: { data: unknown; sender: Sender }) => Answer<K> | Promise<Answer<K>>,
): () => void {
  if (handlers.has(type)) throw new Error(`Backstory: a second handler for ${type}.`);
  handlers.set(type, handler as Handler<Sender>);
  listen();
  return () => handlers.delete(type);
}

/** Background → a tab (the commands' stepCard): sent with the library, whose wire format the content script reads. */
export const { sendMessage } = defineExtensionMessaging<ProtocolMap>();

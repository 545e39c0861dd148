/**
 * Messages the background sends to a tab's content script (the step commands),
 * in @webext-core/messaging's format, which the content script listens for.
 * Only the sending half of the library: the background's own listener is messaging.ts.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ExtensionToContent } from '../../data/protocol.ts';

export const { sendMessage: sendToContent } = defineExtensionMessaging<ExtensionToContent>();

import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from '../../data/protocol.ts';

export const { onMessage, sendMessage } = defineExtensionMessaging<ProtocolMap>();

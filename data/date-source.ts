import { englishT, type MessageKey } from './i18n.ts';

/** How an article's date was found, in the words the popup and the side panel use. */
export type PublishedSource = 'json-ld' | 'meta' | 'time' | 'url' | 'reader';

/** Each way's words in messages.json. */
export const PUBLISHED_SOURCE_KEYS = {
  'json-ld': 'commonSourceJsonLd',
  meta: 'commonSourceMeta',
  time: 'commonSourceTime',
  url: 'commonSourceUrl',
  reader: 'commonSourceReader',
} as const satisfies Record<PublishedSource, MessageKey>;

/** In English. */
export const PUBLISHED_SOURCE_LABELS = Object.fromEntries(
  Object.entries(PUBLISHED_SOURCE_KEYS).map(([k, key]) => [k, englishT(key)]),
) as Record<PublishedSource, string>;

/** How an article's date was found, in the words the popup and the side panel use. */
export type PublishedSource = 'json-ld' | 'meta' | 'time' | 'url' | 'reader';

export const PUBLISHED_SOURCE_LABELS: Record<PublishedSource, string> = {
  'json-ld': "from the page's structured data",
  meta: "from the page's publication metadata",
  time: 'from the date in its byline',
  url: 'from the date in its address (less sure)',
  reader: 'as you corrected it',
};

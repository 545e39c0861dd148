/**
 * Search over the whole dataset (bundled plus packs) by name, alias and title,
 * in any language the data has. Query and keys are folded the way the matcher
 * folds page text (data/match/fold.ts: case, quotes, dashes, spaces, zero-width
 * characters), and also lose their accents and compatibility forms (NFKD), so
 * "bytedance", "ＢｙｔｅＤａｎｃｅ" and "Zhang Yiming" find what "ByteDance" and
 * "Zhāng Yīmíng" name. Pure: the background passes in the records.
 */
import type { Layer } from '../layers.ts';
import { formatDate } from '../format-date.ts';
import { englishText, type MessageKey, type UiText } from '../i18n.ts';
import { foldString } from '../match/fold.ts';
import { LAYER_OF, type AnyRecord } from './schema.ts';
import { SEARCH_LIMIT } from '../protocol.ts';

export interface SearchHit {
  id: string;
  type: AnyRecord['type'];
  layer: Layer;
  title: string;
  /** A second line: what the record is. */
  detail: string;
  /** The spelling that matched, when it is not the title (an alias, another script). */
  matched?: string;
}

interface Entry {
  hit: Omit<SearchHit, 'matched'>;
  /** [folded key, the text it came from]; the title is first. */
  keys: [string, string][];
}

export interface SearchIndex {
  entries: Entry[];
}

/** The folded form both sides of a search compare. */
export function searchKey(s: string): string {
  return foldString(s.normalize('NFKD').replace(/\p{M}/gu, ''));
}


function titleOf(r: AnyRecord): string {
  switch (r.type) {
    case 'entity': return r.name;
    case 'event': return r.title;
    case 'claim': return r.statement;
    case 'figure': return `${r.value}: ${r.measures}`;
  }
}

const TYPE_LABEL: Record<'entity' | 'claim', MessageKey> = { entity: 'panelHitEntity', claim: 'panelHitClaim' };

function detailOf(r: AnyRecord, { t, locale }: UiText): string {
  switch (r.type) {
    case 'event': return t('panelHitEvent', formatDate(r.date, r.precision, locale));
    case 'figure': return t('panelHitFigure', formatDate(r.asOf, undefined, locale));
    default: return t(TYPE_LABEL[r.type]);
  }
}

/** `text` is the reader's language, for each hit's second line. */
export function buildSearchIndex(records: Iterable<AnyRecord>, text: UiText = englishText): SearchIndex {
  const entries: Entry[] = [];
  for (const r of records) {
    const title = titleOf(r);
    const texts = [title, ...(r.type === 'figure' ? [r.value, r.measures] : []), ...r.aliases.map((a) => (typeof a === 'string' ? a : a.text))];
    const seen = new Set<string>();
    const keys: [string, string][] = [];
    for (const t of texts) {
      const k = searchKey(t);
      if (k && !seen.has(k)) {
        seen.add(k);
        keys.push([k, t]);
      }
    }
    entries.push({ hit: { id: r.id, type: r.type, layer: LAYER_OF[r.type], title, detail: detailOf(r, text) }, keys });
  }
  return { entries };
}

const isWordStart = (key: string, at: number) => at === 0 || !/[\p{L}\p{N}]/u.test(key[at - 1]!);

/** 0 is best; Infinity is no match. Whole query first, then every word of it somewhere. */
function rank(key: string, q: string): number {
  if (key === q) return 0;
  if (key.startsWith(q)) return 1;
  for (let at = key.indexOf(q); at >= 0; at = key.indexOf(q, at + 1)) if (isWordStart(key, at)) return 2;
  return key.includes(q) ? 3 : Infinity;
}

/**
 * The records matching `query`, best first: an exact name, then a name that
 * starts with it, a word that starts with it, any part of a name, then names
 * holding every word of the query. Titles beat aliases at the same rank.
 */
export function searchRecords(index: SearchIndex, query: string, limit = SEARCH_LIMIT): SearchHit[] {
  const q = searchKey(query);
  if (!q) return [];
  const words = q.split(' ').filter(Boolean);
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const { hit, keys } of index.entries) {
    let best = Infinity;
    let matched: string | undefined;
    keys.forEach(([key, text], i) => {
      let r = rank(key, q);
      if (r === Infinity && words.length > 1 && words.every((w) => keys.some(([k]) => k.includes(w)))) r = 4;
      const score = r * 2 + (i === 0 ? 0 : 1);
      if (score < best) {
        best = score;
        matched = i === 0 ? undefined : text;
      }
    });
    if (best < Infinity) scored.push({ hit: matched && searchKey(matched) !== searchKey(hit.title) ? { ...hit, matched } : { ...hit }, score: best });
  }
  scored.sort((a, b) => a.score - b.score || a.hit.title.length - b.hit.title.length || a.hit.title.localeCompare(b.hit.title));
  return scored.slice(0, limit).map((s) => s.hit);
}

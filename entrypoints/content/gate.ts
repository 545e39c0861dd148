/**
 * The cheap gate every page pays: does anything a reader sees first mention
 * TikTok or ByteDance? Reads the title, description, headline and at most
 * GATE_CHARS of visible text, never the whole page; writes nothing; sends nothing.
 *
 * Most pages are not the story, so the gate is built to say "no" cheaply: one
 * query for story containers, metas looked up in <head> only, and a native
 * `textContent` check before any text walk. `textContent` holds every character
 * the walk could read (and scripts besides), so when it names nothing the walk
 * cannot either; only a page that might name the story pays for the walk.
 */
import { GATE_CHARS, mentionsTopic } from '../../data/match/topic.ts';

const SKIP_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'textarea']);

/** The first `limit` characters of text under `root`, skipping scripts and styles. */
export function leadingText(root: Element, limit = GATE_CHARS): string {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let node = walker.nextNode(); node && out.length < limit; node = walker.nextNode()) {
    if (SKIP_PARENTS.has(node.parentElement?.localName ?? '')) continue;
    out += (node as Text).data;
  }
  return out;
}

/** Story containers the gate opens, in order of trust: a page of teaser <article>s may put the story in the third. */
const LEAD_QUERY = '[itemprop="articleBody"], article, main, [role="main"]';
const MAX_LEADS = 3;

/** 0 for an articleBody, 1 for an <article>, 2 for a main region: the order LEAD_QUERY's parts are trusted in. */
const rank = (el: Element) => (el.getAttribute('itemprop') === 'articleBody' ? 0 : el.localName === 'article' ? 1 : 2);

/** The first few story containers, none inside another; the body when the page marks none. One query, in document order, then ranked. */
function leads(doc: Document): Element[] {
  const candidates = [...doc.querySelectorAll(LEAD_QUERY)];
  const found: Element[] = [];
  for (let r = 0; r <= 2 && found.length < MAX_LEADS; r++) {
    for (const el of candidates) {
      if (found.length >= MAX_LEADS) break;
      if (rank(el) === r && !found.some((f) => f.contains(el) || el.contains(f))) found.push(el);
    }
  }
  if (found.length === 0 && doc.body) found.push(doc.body);
  return found;
}

/** The title, descriptions and first headline: what a reader sees before the text. */
function headTexts(doc: Document): string[] {
  const scope = doc.head ?? doc;
  const meta = (sel: string) => scope.querySelector<HTMLMetaElement>(sel)?.content ?? '';
  return [doc.title, meta('meta[name="description"]'), meta('meta[property="og:title"]'), doc.querySelector('h1')?.textContent ?? ''];
}

export function gateTexts(doc: Document): string[] {
  const containers = leads(doc);
  const share = Math.floor(GATE_CHARS / Math.max(1, containers.length));
  return [...headTexts(doc), ...containers.map((el) => leadingText(el, share))];
}

export function passesGate(doc: Document): boolean {
  const heads = headTexts(doc);
  if (mentionsTopic(heads)) return true;
  const containers = leads(doc);
  if (!mentionsTopic(containers.map((el) => el.textContent ?? ''), Infinity)) return false; // names nothing anywhere: the walk cannot find one
  const share = Math.floor(GATE_CHARS / Math.max(1, containers.length));
  return mentionsTopic(containers.map((el) => leadingText(el, share)));
}

/**
 * The cheap gate every page pays: does anything a reader sees first mention
 * TikTok or ByteDance? Reads the title, description, headline and at most
 * GATE_CHARS of visible text, never the whole page; writes nothing; sends nothing.
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

/** Story containers the gate opens: a page of teaser <article>s may put the story in the third. */
const LEAD_SELECTORS = ['[itemprop="articleBody"]', 'article', 'main, [role="main"]'];
const MAX_LEADS = 3;

/** The first few story containers, none inside another; the body when the page marks none. */
function leads(doc: Document): Element[] {
  const found: Element[] = [];
  for (const sel of LEAD_SELECTORS) {
    for (const el of doc.querySelectorAll(sel)) {
      if (found.length >= MAX_LEADS) break;
      if (!found.some((f) => f.contains(el) || el.contains(f))) found.push(el);
    }
  }
  if (found.length === 0 && doc.body) found.push(doc.body);
  return found;
}

export function gateTexts(doc: Document): string[] {
  const meta = (sel: string) => doc.querySelector<HTMLMetaElement>(sel)?.content ?? '';
  const containers = leads(doc);
  const share = Math.floor(GATE_CHARS / Math.max(1, containers.length));
  return [
    doc.title,
    meta('meta[name="description"]'),
    meta('meta[property="og:title"]'),
    doc.querySelector('h1')?.textContent ?? '',
    ...containers.map((el) => leadingText(el, share)),
  ];
}

export const passesGate = (doc: Document) => mentionsTopic(gateTexts(doc));

/**
 * The cheap gate every page pays: does anything a reader sees first mention
 * TikTok or ByteDance? Reads the title, description, headline and at most
 * GATE_CHARS of visible text, never the whole page; writes nothing; sends nothing.
 */
import { GATE_CHARS, mentionsTopic } from '../../data/topic.ts';

const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** The first `limit` characters of text under `root`, skipping scripts and styles. */
export function leadingText(root: Element, limit = GATE_CHARS): string {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let node = walker.nextNode(); node && out.length < limit; node = walker.nextNode()) {
    if (SKIP_PARENTS.has(node.parentElement?.tagName ?? '')) continue;
    out += (node as Text).data;
  }
  return out;
}

export function gateTexts(doc: Document): string[] {
  const meta = (sel: string) => doc.querySelector<HTMLMetaElement>(sel)?.content ?? '';
  const lead = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  return [
    doc.title,
    meta('meta[name="description"]'),
    meta('meta[property="og:title"]'),
    doc.querySelector('h1')?.textContent ?? '',
    lead ? leadingText(lead) : '',
  ];
}

export const passesGate = (doc: Document) => mentionsTopic(gateTexts(doc));

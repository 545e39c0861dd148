/**
 * Scope: where on a page Backstory may annotate. The main content is the article
 * (or main, or the densest run of paragraphs); inside it, page chrome, widgets,
 * editable and hidden regions are rejected with their whole subtree.
 */

/** Elements whose subtree is never annotated. */
const EXCLUDED_TAGS = new Set([
  'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT',
  'OPTION', 'BUTTON', 'PRE', 'CODE', 'KBD', 'SAMP', 'svg', 'SVG', 'MATH', 'math', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'VIDEO', 'AUDIO', 'DIALOG', 'MENU', 'LABEL',
]);

const EXCLUDED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'form', 'dialog', 'menu', 'menubar', 'toolbar', 'textbox']);

/** Class or id tokens of widgets that are not the story: rails, share bars, comments, ads. */
const WIDGET_TOKEN =
  /(?:^|[-_\s])(?:comments?|comment-list|disqus|related|trending|share|sharing|sharebar|social|promo|newsletter|sidebar|rail|recirc|recommend\w*|outbrain|taboola|sponsor\w*|advert\w*|ads?|adslot|breadcrumbs?|subscribe|signup|paywall|cookie\w*|consent|gdpr|tiktok-embed|twitter-tweet|instagram-media|more-stories|most-read|popular|read-more|tags?|toolbar)(?:$|[-_\s])/i;

/** True when `el` and everything inside it must be left alone. */
export function isExcluded(el: Element): boolean {
  if (EXCLUDED_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && EXCLUDED_ROLES.has(role)) return true;
  const cls = typeof el.className === 'string' ? el.className : '';
  if ((cls && WIDGET_TOKEN.test(cls)) || (el.id && WIDGET_TOKEN.test(el.id))) return true;
  // checkVisibility reads the computed style the browser already has (Chrome 105+, Firefox 106+).
  if ('checkVisibility' in el && !(el as HTMLElement).checkVisibility()) return true;
  return false;
}

/** True when `node` sits inside an excluded element below `root` (or outside `root`). */
export function isInExcludedRegion(node: Node, root: Element): boolean {
  if (!root.contains(node)) return true;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== root; el = el.parentElement) {
    if (isExcluded(el)) return true;
  }
  return false;
}

/**
 * How much story an element holds, cheaply: its paragraphs (a native count, no
 * string built), and its text length only when it has none.
 */
function storySize(el: Element): number {
  const paragraphs = el.getElementsByTagName('p').length;
  return paragraphs > 0 ? paragraphs * 100 : Math.min((el.textContent ?? '').length, 99);
}

/** Most paragraphs cap: the fallback scorer stays cheap on huge pages. */
const MAX_SCORED_PARAGRAPHS = 3000;
/** Below this many characters a paragraph is a caption or a teaser, not story. */
const MIN_PARAGRAPH_CHARS = 40;

/**
 * The element holding the page's main content, or null when there is none worth
 * reading (an app shell, a login page).
 */
export function findMainContent(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const explicit = doc.querySelectorAll('[itemprop="articleBody"], article, main, [role="main"]');
  let best: Element | null = null;
  let bestSize = 0;
  for (const el of explicit) {
    const size = storySize(el);
    // An article inside main beats main; among articles the biggest wins.
    const preferred = best && best.contains(el) && size > bestSize * 0.5;
    if ((size > bestSize || preferred) && !isInExcludedRegion(el, body)) {
      best = el;
      bestSize = size;
    }
  }
  if (best && bestSize >= 200) return best;
  // No markup says where the story is: take the parent of the most paragraph text.
  const scores = new Map<Element, number>();
  const paragraphs = body.querySelectorAll('p');
  for (let i = 0; i < paragraphs.length && i < MAX_SCORED_PARAGRAPHS; i++) {
    const p = paragraphs[i]!;
    const parent = p.parentElement;
    const length = p.textContent?.length ?? 0;
    if (!parent || length < MIN_PARAGRAPH_CHARS) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
  }
  let top: Element | null = null;
  let topScore = 0;
  for (const [el, score] of scores) {
    if (score > topScore && !isInExcludedRegion(el, body)) {
      top = el;
      topScore = score;
    }
  }
  return top && topScore > 200 ? top : null;
}

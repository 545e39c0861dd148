/**
 * Page chrome: the elements whose subtree Backstory never reads or marks inside
 * the main content (navigation, rails, comments, share bars, ads, forms, editable
 * and hidden regions). These rules apply below the story only: the main-content
 * finder hands page-text the story's own ancestors, which are never chrome, so a
 * `<form>` around a whole ASP.NET page or a `div.with-sidebar` layout wrapper does
 * not hide the article inside it.
 *
 * Tag checks use `localName`, which is lower case in HTML and XHTML alike.
 */

/** Elements whose subtree is never annotated. */
const EXCLUDED_TAGS = new Set([
  'nav', 'header', 'footer', 'aside', 'form', 'script', 'style', 'template', 'noscript', 'textarea', 'input', 'select',
  'option', 'button', 'pre', 'code', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'dialog', 'menu', 'label',
]);

/** Elements that never hold article text at all, wherever they are. */
export const NEVER_TEXT_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'textarea', 'select', 'option', 'button', 'input', 'svg', 'math', 'iframe',
  'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title',
]);

/** Inline elements: a change between them is not a paragraph break. */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'del', 'mark', 'q', 's', 'small', 'span',
  'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'nobr',
]);

const EXCLUDED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'form', 'dialog', 'menu', 'menubar', 'toolbar', 'textbox']);

/** Class or id tokens of widgets that are not the story: rails, share bars, comments, ads. */
export const WIDGET_TOKEN =
  /(?:^|[-_\s])(?:comments?|comment-list|disqus|related|trending|share|sharing|sharebar|social|promo|newsletter|sidebar|rail|recirc|recommend\w*|outbrain|taboola|sponsor\w*|advert\w*|ads?|adslot|breadcrumbs?|subscribe|signup|paywall|cookie\w*|consent|gdpr|tiktok-embed|twitter-tweet|instagram-media|more-stories|most-read|popular|read-more|tags?|toolbar)(?:$|[-_\s])/i;

/** The element's class attribute as a string (SVG elements have an object there). */
export const classOf = (el: Element): string => el.getAttribute('class') ?? '';

/** True when `el` and everything inside it must be left alone (unless it holds the story). */
export function isExcluded(el: Element): boolean {
  if (EXCLUDED_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && EXCLUDED_ROLES.has(role)) return true;
  const cls = classOf(el);
  if ((cls && WIDGET_TOKEN.test(cls)) || (el.id && WIDGET_TOKEN.test(el.id))) return true;
  // checkVisibility reads the computed style the browser already has (Chrome 105+, Firefox 106+).
  if ('checkVisibility' in el && !(el as HTMLElement).checkVisibility()) return true;
  return false;
}

/**
 * True when `node` sits inside an excluded element below `root` (or outside
 * `root`). Elements in `keep`, the story's own ancestors, are never excluded.
 */
export function isInExcludedRegion(node: Node, root: Element, keep: ReadonlySet<Element> = new Set()): boolean {
  if (!root.contains(node)) return true;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== root; el = el.parentElement) {
    if (!keep.has(el) && isExcluded(el)) return true;
  }
  return false;
}

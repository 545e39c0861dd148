/**
 * Is the article on a dark background? Read from the page itself (the first
 * opaque background from the article up to the root), not from
 * prefers-color-scheme: plenty of sites stay light in a dark OS, and dark-mode
 * extensions darken pages in a light one.
 */
import { isDark, parseColor } from '../../data/contrast.ts';

export function pageIsDark(root: Element): boolean {
  const view = root.ownerDocument.defaultView;
  if (!view) return false;
  for (let el: Element | null = root; el; el = el.parentElement) {
    const bg = parseColor(view.getComputedStyle(el).backgroundColor);
    if (bg && bg.a > 0.5) return isDark(bg);
  }
  // Nothing painted a background: the canvas shows, which follows the page's color-scheme.
  const scheme = view.getComputedStyle(root.ownerDocument.documentElement).colorScheme;
  return scheme.includes('dark') && !scheme.includes('light');
}

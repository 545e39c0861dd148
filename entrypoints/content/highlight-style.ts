/**
 * The highlight colours, added to a page only once it is coverage: one
 * constructed stylesheet in document.adoptedStyleSheets, light or dark by the
 * article's own background (page-theme.ts). The script every page loads
 * carries no CSS, so on any other page `::highlight(backstory-*)` has no rule
 * and getComputedStyle reveals nothing. Nothing is added to the page's DOM,
 * except where a browser refuses a constructed sheet from an extension's world:
 * there, one <style> in <head> (removed with the rest).
 */
import lightCss from './highlights.css?inline';
import darkCss from './highlights-dark.css?inline';

export interface HighlightStyle {
  /** Adds the sheet (or keeps it, re-adding it if the page replaced its adopted sheets), in the given colours. */
  apply(dark: boolean): void;
  /** Takes it off the page. */
  remove(): void;
  readonly applied: boolean;
}

export function createHighlightStyle(doc: Document): HighlightStyle {
  let sheet: CSSStyleSheet | undefined;
  let fallback: HTMLStyleElement | undefined;
  let colours: boolean | undefined;
  const css = (dark: boolean) => (dark ? darkCss : lightCss);

  function adopt(dark: boolean): boolean {
    try {
      const View = doc.defaultView;
      if (!View || !('adoptedStyleSheets' in doc)) return false;
      sheet ??= new View.CSSStyleSheet();
      if (colours !== dark) sheet.replaceSync(css(dark));
      if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return true;
    } catch {
      sheet = undefined;
      return false;
    }
  }

  return {
    apply(dark) {
      if (!fallback && adopt(dark)) {
        colours = dark;
        return;
      }
      const parent = doc.head ?? doc.documentElement;
      if (!parent) return;
      fallback ??= doc.createElement('style');
      if (colours !== dark) fallback.textContent = css(dark);
      if (!fallback.isConnected) parent.append(fallback);
      colours = dark;
    },
    remove() {
      try {
        if (sheet && doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The page's document went away: nothing left to remove from.
      }
      fallback?.remove();
      colours = undefined;
    },
    get applied() {
      return colours !== undefined;
    },
  };
}

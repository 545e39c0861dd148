/** What Tab may land on inside a card. */
const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab and Shift+Tab cycling inside `container` (a dialog): from the last
 * control Tab goes to the first, from the first (or the container) Shift+Tab to
 * the last. Returns true when it moved focus itself.
 */
export function trapTab(e: KeyboardEvent, container: HTMLElement): boolean {
  if (e.key !== 'Tab') return false;
  const items = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  // Inside a shadow root the document only knows the host: ask the root what has focus.
  const active = (container.getRootNode() as Document | ShadowRoot).activeElement;
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) {
    e.preventDefault();
    container.focus({ preventScroll: true });
    return true;
  }
  const inside = active instanceof Node && container.contains(active) && active !== container;
  let target: HTMLElement | undefined;
  if (e.shiftKey && (!inside || active === first)) target = last;
  else if (!e.shiftKey && (!inside || active === last)) target = first;
  if (!target) return false;
  e.preventDefault();
  target.focus({ preventScroll: true });
  return true;
}

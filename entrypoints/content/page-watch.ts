/**
 * Watching the page for changes worth a look: a MutationObserver on one
 * element (the article, once there is one), its records boiled down to the
 * nodes whose paragraphs changed, handed over once the page settles, or after
 * the max wait however busy it is (pass-plan.ts). Plain timers, cleared and
 * reused: nothing accumulates however long the page churns.
 */
import type { Lifetime } from './lifetime.ts';
import { settleDelay } from './pass-plan.ts';

export interface PageChanges {
  /** Nodes added, nodes whose text changed, and parents that lost a child. */
  nodes: Set<Node>;
  /** Nodes taken out of the page: what was painted in them goes. */
  removed: Set<Node>;
}

export interface PageWatch {
  stop(): void;
}

export function watchChanges(
  target: Node,
  lifetime: Lifetime,
  ignore: (node: Node) => boolean,
  onSettled: (changes: PageChanges) => void,
): PageWatch {
  let changes: PageChanges = { nodes: new Set(), removed: new Set() };
  let firstAt: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    timer = undefined;
    firstAt = undefined;
    const batch = changes;
    changes = { nodes: new Set(), removed: new Set() };
    if (!lifetime.isInvalid) onSettled(batch);
  };
  const observer = new MutationObserver((records) => {
    let relevant = false;
    for (const r of records) {
      if (ignore(r.target)) continue;
      if (r.type === 'characterData') {
        changes.nodes.add(r.target);
        relevant = true;
        continue;
      }
      for (const n of r.addedNodes) {
        if ((n.nodeType === 1 || n.nodeType === 3) && !ignore(n)) {
          changes.nodes.add(n);
          relevant = true;
        }
      }
      if (r.removedNodes.length > 0) {
        for (const n of r.removedNodes) changes.removed.add(n);
        changes.nodes.add(r.target);
        relevant = true;
      }
    }
    if (!relevant) return;
    const now = performance.now();
    firstAt ??= now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, settleDelay(now, firstAt));
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    forget();
  };
  const forget = lifetime.onInvalidated(stop);
  return { stop };
}

/**
 * Calls `onDetached` once when `el` leaves the document (an SPA swapped the
 * article without changing the URL). The callback reads one property per
 * batch of the page's changes and schedules nothing else.
 */
export function watchDetach(el: Element, within: Node, lifetime: Lifetime, onDetached: () => void): PageWatch {
  const observer = new MutationObserver(() => {
    if (el.isConnected) return;
    stop();
    if (!lifetime.isInvalid) onDetached();
  });
  observer.observe(within, { childList: true, subtree: true });
  const stop = () => {
    observer.disconnect();
    forget();
  };
  const forget = lifetime.onInvalidated(stop);
  return { stop };
}

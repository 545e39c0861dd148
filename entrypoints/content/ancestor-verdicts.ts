/**
 * Verdicts each element inherits from its parent (excluded? which block? inside a
 * link?), computed once per element and cached: a walk over text nodes pays per
 * element, not per text node per ancestor. page-text and main-content both walk
 * this way.
 */

/**
 * A lookup of `el`'s verdict below `root`. `root` itself has `atRoot`; every other
 * element gets `derive(el, its parent's verdict)`, computed once.
 */
export function inheritedVerdicts<V>(root: Element, atRoot: V, derive: (el: Element, above: V) => V): (el: Element) => V {
  const cache = new Map<Element, V>();
  return (el) => {
    const chain: Element[] = [];
    let cur: Element | null = el;
    let known: V | undefined;
    while (cur) {
      known = cache.get(cur);
      if (known !== undefined) break;
      chain.push(cur);
      if (cur === root) break;
      cur = cur.parentElement;
    }
    let above = known ?? atRoot;
    for (let k = chain.length - 1; k >= 0; k--) {
      const e = chain[k]!;
      const v = e === root ? atRoot : derive(e, above);
      cache.set(e, v);
      above = v;
    }
    return above;
  };
}

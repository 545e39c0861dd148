/**
 * The DOM tier's stand-ins for what happy-dom lacks: StaticRange and the CSS
 * Custom Highlight API (Highlight, CSS.highlights). Small and hand-written, so
 * a test sees what Backstory registers, under which name, with which ranges.
 * Installed only where there is a DOM (the unit tier runs in Node), and never
 * over a real implementation.
 */

interface StaticRangeInit {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    for (const c of [init.startContainer, init.endContainer]) {
      if (c.nodeType === 10 || c.nodeType === 2) throw new DOMException('A StaticRange cannot start or end in a doctype or attribute.', 'InvalidNodeTypeError');
    }
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
  get collapsed() {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
}

/** A Highlight is a set of ranges with a priority and a type (spec: setlike<AbstractRange>). */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type: 'highlight' | 'spelling-error' | 'grammar-error' = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

/** CSS.highlights: a maplike of names to Highlights. */
class FakeHighlightRegistry extends Map<string, FakeHighlight> {}

if (typeof window !== 'undefined') {
  const g = globalThis as Record<string, unknown>;
  g.StaticRange ??= FakeStaticRange;
  g.Highlight ??= FakeHighlight;
  g.HighlightRegistry ??= FakeHighlightRegistry;
  // happy-dom's window.CSS getter makes a new CSS object per read: the registry goes on its prototype.
  const css = (g.CSS ??= {}) as object;
  const registry = new FakeHighlightRegistry();
  if (!('highlights' in css)) Object.defineProperty(Object.getPrototypeOf(css), 'highlights', { configurable: true, get: () => registry });
}

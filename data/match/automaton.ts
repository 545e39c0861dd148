/**
 * The matcher's automaton: a trie over folded code units in breadth-first order,
 * so the children of node v are the contiguous nodes [first[v], first[v + 1]).
 * That makes it a handful of flat typed arrays, which pack into two strings at
 * build time (data/scripts/bundled-matcher.ts) and unpack in the page with one
 * linear loop: the page never builds the bundled dataset's trie itself.
 */

/** One shape for every payload, so the hot loop's property reads stay monomorphic. */
export interface Payload {
  id: string;
  layer: number;
  exact: string | undefined;
  context: string[] | undefined;
  /** A cue word's id, or -1: cue payloads feed paraphrase detection and never highlight by themselves. */
  cue: number;
}

export interface Trie {
  /** Code unit → its first-level node, 0 when no term starts with it. */
  readonly root: Int32Array;
  /** Node → the code unit on the edge into it (node 0 is the root). */
  readonly code: Uint16Array;
  /** Node → its first child; node v's children are [first[v], first[v + 1]). Length nodes + 1. */
  readonly first: Int32Array;
  /** Node → index into `payloads` when a term ends there, else -1. */
  readonly terminal: Int32Array;
  readonly payloads: Payload[][];
}

/** A trie as it ships inside the annotator chunk. */
export interface PackedTrie {
  /** The code unit of every node but the root, in node order. */
  codes: string;
  /** Per node, 48 + 2 × its child count + 1 if a term ends there (printable, so the JSON stays small). */
  shape: string;
  /** Per terminal node, in node order: [id, layer, exact, context, cue] for each payload (id and context index the tables). */
  payloads: PackedPayload[][];
  /** Record ids and context word lists, each once (a figure's many spellings share one context list). */
  ids: string[];
  contexts: string[][];
}

export type PackedPayload = [id: number, layer: number, exact: string | null, context: number, cue: number];

const SHAPE_BASE = 48;
/** Shape characters stay below the surrogate range, so the packed string is valid UTF-16. */
const MAX_CHILDREN = (0xd800 - SHAPE_BASE) >> 1;

/** Builds the breadth-first trie for `words` (folded key, payload). Context-bound payloads come first per spelling. */
export function buildTrie(words: readonly (readonly [string, Payload])[]): Trie {
  // A plain pointer trie first; then renumber breadth-first into flat arrays.
  const kids: Map<number, number>[] = [new Map()];
  const ends: (Payload[] | undefined)[] = [undefined];
  for (const [key, payload] of words) {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let next = kids[node]!.get(c);
      if (next === undefined) {
        next = kids.length;
        kids.push(new Map());
        ends.push(undefined);
        kids[node]!.set(c, next);
      }
      node = next;
    }
    (ends[node] ??= []).push(payload);
  }
  const n = kids.length;
  const code = new Uint16Array(n);
  const first = new Int32Array(n + 1);
  const terminal = new Int32Array(n).fill(-1);
  const payloads: Payload[][] = [];
  const order = [0];
  for (let v = 0; v < n; v++) {
    const old = order[v]!;
    first[v] = order.length;
    for (const [c, child] of [...kids[old]!].sort((a, b) => a[0] - b[0])) {
      code[order.length] = c;
      order.push(child);
    }
    const list = ends[old];
    if (list) {
      terminal[v] = payloads.length;
      // The more specific reading wins when its context is there.
      payloads.push([...list].sort((a, b) => Number(!a.context) - Number(!b.context)));
    }
  }
  first[n] = n;
  return { root: rootTable(code, first), code, first, terminal, payloads };
}

function rootTable(code: Uint16Array, first: Int32Array): Int32Array {
  const root = new Int32Array(65536);
  for (let k = first[0]!; k < first[1]!; k++) root[code[k]!] = k;
  return root;
}

export function packTrie(trie: Trie): PackedTrie {
  const n = trie.code.length;
  let codes = '';
  let shape = '';
  for (let v = 0; v < n; v++) {
    if (v > 0) codes += String.fromCharCode(trie.code[v]!);
    const children = trie.first[v + 1]! - trie.first[v]!;
    if (children > MAX_CHILDREN) throw new Error(`A trie node has ${children} children; the packed shape holds ${MAX_CHILDREN}.`);
    shape += String.fromCharCode(SHAPE_BASE + 2 * children + (trie.terminal[v]! >= 0 ? 1 : 0));
  }
  const ids = new Map<string, number>();
  const contexts = new Map<string, number>();
  const intern = (table: Map<string, number>, key: string) => {
    let i = table.get(key);
    if (i === undefined) table.set(key, (i = table.size));
    return i;
  };
  const payloads = trie.payloads.map((list) =>
    list.map((p): PackedPayload => [intern(ids, p.id), p.layer, p.exact ?? null, p.context ? intern(contexts, JSON.stringify(p.context)) : -1, p.cue]),
  );
  return { codes, shape, payloads, ids: [...ids.keys()], contexts: [...contexts.keys()].map((c) => JSON.parse(c) as string[]) };
}

/** The page side: one pass over the packed strings, no trie building. */
export function unpackTrie(packed: PackedTrie): Trie {
  const { codes, shape } = packed;
  const n = shape.length;
  if (codes.length !== n - 1) throw new Error(`Packed trie: ${codes.length} codes for ${n} nodes.`);
  const code = new Uint16Array(n);
  const first = new Int32Array(n + 1);
  const terminal = new Int32Array(n);
  let next = 1;
  let terminals = 0;
  for (let v = 0; v < n; v++) {
    const s = shape.charCodeAt(v) - SHAPE_BASE;
    first[v] = next;
    next += s >> 1;
    terminal[v] = s & 1 ? terminals++ : -1;
    if (v > 0) code[v] = codes.charCodeAt(v - 1);
  }
  if (next !== n || terminals !== packed.payloads.length) throw new Error('Packed trie: the shape does not add up.');
  first[n] = n;
  const { ids, contexts } = packed;
  const payloads = packed.payloads.map((list) =>
    list.map(([id, layer, exact, context, cue]): Payload => ({ id: ids[id]!, layer, exact: exact ?? undefined, context: context >= 0 ? contexts[context] : undefined, cue })),
  );
  return { root: rootTable(code, first), code, first, terminal, payloads };
}

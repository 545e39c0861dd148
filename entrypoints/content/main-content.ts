/**
 * Scope: which part of a page is the story. One walk over the page's text scores
 * each block (paragraph-like element) by its own non-link text, and passes that
 * score up to a few ancestors, as Mozilla Readability does; the best-scoring
 * container is the story. Teaser cards and rails are link-dense and short, so
 * they lose to the run of real paragraphs even when they are `<article>`s too.
 *
 * The result names two elements: `root`, what Backstory reads (the story, or the
 * `article`/`main` around it when that adds little beyond its headline and
 * byline), and `keep`, the chains from the story and from every container of a
 * good share of its paragraphs up to the root, which the chrome rules never
 * exclude (a wrapper that contains the story is never chrome). Comment sections
 * score low and are never kept, however many paragraphs they hold.
 */
import { inheritedVerdicts } from './ancestor-verdicts.ts';
import { classOf, INLINE_TAGS, NEVER_TEXT_TAGS } from './exclusions.ts';
import type { Slicer } from './slicer.ts';

/** How many nodes (or blocks) between two looks at the clock. */
const CHECK_EVERY = 256;

export interface MainContent {
  /** The element Backstory reads. */
  root: Element;
  /** The container with the best run of paragraphs. */
  story: Element;
  /** The story's containers and their ancestors up to `root`: never excluded as chrome. */
  keep: ReadonlySet<Element>;
}

/** Below this many characters a block is a caption, a label or a teaser line, not story. */
const MIN_BLOCK_CHARS = 25;
/** A block whose text is mostly link text is navigation or a teaser. */
const MAX_BLOCK_LINK_DENSITY = 0.5;
/** How far up a block's score travels (parent, grandparent, …). */
const SCORE_LEVELS = 5;
/** Less story than this (in block characters) is not worth reading: an app shell, a login page. */
const MIN_STORY_CHARS = 140;
/** An explicit article/main around the story is read whole when it holds at most this much more block text. */
const WRAPPER_SLACK = 1.6;
/** Siblings scoring at least this share of the story join it (a body split by ad slots). */
const SIBLING_SHARE = 0.2;

const POSITIVE = /article|body|content|entry|h-?entry|main|page|post|text|blog|story|prose|rich-?text/i;
const NEGATIVE =
  /-ad-|\bads?\b|banner|combx|comment|contact|footer|gdpr|masthead|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|rail|skyscraper|sponsor|shopping|tags|widget|teaser|card|recirc|newsletter|nav|menu|breadcrumb/i;
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'menu']);
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar']);
const EXPLICIT = '[itemprop="articleBody"], article, main, [role="main"]';

interface Blockish {
  /** Nearest non-inline ancestor-or-self. */
  block: Element;
  inLink: boolean;
  skip: boolean;
}

interface Score {
  score: number;
  text: number;
  link: number;
}

/** Comments are real paragraphs, often more of them than the story: a comment zone scores low, whatever is inside. */
const COMMENT_ZONE = /(?:^|[\s_-])(?:comments?|comment-\w+|disqus|replies|respond|user-comments?)(?:$|[\s_-])/i;
const COMMENT_PENALTY = 0.2;

/** True when `el` or an ancestor below the body is a comment section. */
function inCommentZone(el: Element, body: Element): boolean {
  for (let e: Element | null = el; e && e !== body; e = e.parentElement) {
    if (COMMENT_ZONE.test(`${classOf(e)} ${e.id}`)) return true;
  }
  return false;
}

/** How much a container's own name and tag say it is story (> 1) or chrome (< 1). */
function ownWeight(el: Element): number {
  const names = `${classOf(el)} ${el.id}`;
  let w = 1;
  if (NEGATIVE.test(names)) w *= 0.5;
  else if (POSITIVE.test(names)) w *= 1.25;
  if (CHROME_TAGS.has(el.localName) || CHROME_ROLES.has(el.getAttribute('role') ?? '')) w *= 0.3;
  if (el.localName === 'article' || el.getAttribute('itemprop') === 'articleBody') w *= 1.15;
  return w;
}

/** Non-whitespace length of s[from, to), without allocating. */
function visibleLength(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0) n++;
  }
  return n;
}

/** Characters counted between two looks at the clock inside one long text node (a 2 MB paragraph: issue 10.8). */
const COUNT_CHUNK_CHARS = 64_000;

/** visibleLength of a text node that may be huge, yielding to the page between chunks. */
async function visibleLengthSliced(s: string, slicer: Slicer): Promise<number> {
  let n = 0;
  for (let from = 0; from < s.length; from += COUNT_CHUNK_CHARS) {
    if (slicer.due()) await slicer.yield();
    n += visibleLength(s, from, Math.min(s.length, from + COUNT_CHUNK_CHARS));
  }
  return n;
}

/** Per-block text and link text over the whole body, in one walk with cached ancestor verdicts. */
async function measureBlocks(body: Element, slicer?: Slicer) {
  const doc = body.ownerDocument;
  const verdict = inheritedVerdicts<Blockish>(body, { block: body, inLink: false, skip: false }, (e, above) => {
    if (above.skip) return above;
    const name = e.localName;
    return { skip: NEVER_TEXT_TAGS.has(name) || e.hasAttribute('hidden'), block: INLINE_TAGS.has(name) ? above.block : e, inLink: above.inLink || name === 'a' };
  });
  const blocks = new Map<Element, { text: number; link: number }>();
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let lastParent: Element | null = null;
  let v: Blockish | undefined;
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (slicer && ++seen % CHECK_EVERY === 0 && slicer.due()) await slicer.yield();
    const parent = node.parentElement;
    if (!parent) continue;
    if (parent !== lastParent) {
      v = verdict(parent);
      lastParent = parent;
    }
    if (v!.skip) continue;
    const data = node.data;
    const len = slicer && data.length > COUNT_CHUNK_CHARS ? await visibleLengthSliced(data, slicer) : visibleLength(data);
    if (len === 0) continue;
    let b = blocks.get(v!.block);
    if (!b) blocks.set(v!.block, (b = { text: 0, link: 0 }));
    b.text += len;
    if (v!.inLink) b.link += len;
  }
  return blocks;
}

/** Readability's paragraph score: one point, one per comma, one per 100 characters up to three. */
function blockScore(text: number, commas: number): number {
  return 1 + commas + Math.min(Math.floor(text / 100), 3);
}

const commasIn = (el: Element) => {
  const t = el.textContent ?? '';
  let n = 0;
  for (let i = t.indexOf(','); i >= 0 && n < 50; i = t.indexOf(',', i + 1)) n++;
  for (let i = t.indexOf('，'); i >= 0 && n < 50; i = t.indexOf('，', i + 1)) n++;
  for (let i = t.indexOf('、'); i >= 0 && n < 50; i = t.indexOf('、', i + 1)) n++;
  return n;
};

/** Scores every container that holds real blocks. */
async function scoreContainers(body: Element, slicer?: Slicer) {
  const blocks = await measureBlocks(body, slicer);
  const scores = new Map<Element, Score>();
  const add = (el: Element, score: number, text: number, link: number) => {
    const s = scores.get(el);
    if (s) {
      s.score += score;
      s.text += text;
      s.link += link;
    } else scores.set(el, { score, text, link });
  };
  let seen = 0;
  for (const [block, { text, link }] of blocks) {
    if (slicer && ++seen % CHECK_EVERY === 0 && slicer.due()) await slicer.yield();
    // Every block's text counts toward its containers' link density; only real paragraphs score.
    const real = text >= MIN_BLOCK_CHARS && link / text <= MAX_BLOCK_LINK_DENSITY;
    const score = real ? blockScore(text, commasIn(block)) : 0;
    let el: Element | null = block === body ? body : block.parentElement;
    for (let level = 0; el && level < SCORE_LEVELS; level++, el = el === body ? null : el.parentElement) {
      add(el, real ? score / (level === 0 ? 1 : level === 1 ? 2 : level * 3) : 0, text, link);
    }
    if (real) add(block, 0, text, link); // a block can be the story container itself (text right in a div)
  }
  return { scores, blocks };
}

const finalScore = (el: Element, s: Score) => s.score * ownWeight(el) * (1 - (s.text ? s.link / s.text : 0));

type Blocks = Awaited<ReturnType<typeof measureBlocks>>;

/** Characters of text in the blocks inside `el`, exact (unlike the capped score levels); links too, unless `plain`. */
function textChars(blocks: Blocks, el: Element, plain: boolean): number {
  let n = 0;
  for (const [block, { text, link }] of blocks) if (el.contains(block)) n += plain ? text - link : text;
  return n;
}

/** The most the headline can add to a candidate's score. */
const HEADLINE_BONUS = 1.1;

/** The headline bonus: the story's container or its parent holds an h1. */
function nearHeadline(el: Element): number {
  if (el.querySelector('h1')) return HEADLINE_BONUS;
  if (el.parentElement?.querySelector(':scope > h1, :scope > * > h1, :scope > header h1')) return 1.08;
  return 1;
}

/** The best-scoring containers, best first: for the scope evaluation's diagnostics. */
export async function topCandidates(doc: Document, n = 5): Promise<{ el: Element; score: number; text: number; link: number }[]> {
  if (!doc.body) return [];
  const { scores } = await scoreContainers(doc.body);
  return [...scores]
    .map(([el, s]) => ({ el, score: finalScore(el, s) * nearHeadline(el), text: s.text, link: s.link }))
    .sort((a, b) => b.score - a.score)
    .slice(0, n);
}

/**
 * The page's main content, or null when there is none worth reading (an app
 * shell, a login page). With a slicer, the walk yields to the page between slices.
 */
export async function findMainContent(doc: Document, slicer?: Slicer): Promise<MainContent | null> {
  const body = doc.body;
  if (!body) return null;
  const { scores, blocks } = await scoreContainers(body, slicer);
  const ranked: { el: Element; score: number }[] = [];
  for (const [el, s] of scores) {
    // The body is every page's container: it is the story only when its own paragraphs outweigh every other.
    if (s.score <= 0) continue;
    const place = el === body ? BODY_WEIGHT : inCommentZone(el, body) ? COMMENT_PENALTY : 1;
    ranked.push({ el, score: finalScore(el, s) * place });
  }
  ranked.sort((a, b) => b.score - a.score);
  // The headline bonus can reorder only candidates within its reach of the best; looking for
  // an h1 around every container would cost a query per container (100 ms on a 1 MB page).
  const reach = (ranked[0]?.score ?? 0) / HEADLINE_BONUS;
  for (const c of ranked) {
    if (c.score < reach) break;
    c.score *= nearHeadline(c.el);
  }
  ranked.sort((a, b) => b.score - a.score);
  const top = ranked[0];
  if (!top) return null;
  let story = widen(top.el, top.score, ranked, scores, body);
  if (textChars(blocks, story, true) < MIN_STORY_CHARS) return null;
  story = joinSplitSiblings(story, scores, body);
  const root = explicitWrapper(story, blocks, body) ?? story;
  return { root, story, keep: storyChains(root, story, blocks, body) };
}

/** A paragraph container holding at least this share of the story's densest one is story too. */
const KEPT_SHARE = 0.2;

/**
 * The elements that are never chrome: the chain from the story up to the root,
 * and from each container of a good share of the story's paragraphs up to the
 * root (an article body in a wrapper whose id happens to say "share").
 * Comment sections are never kept, however many paragraphs they hold.
 */
function storyChains(root: Element, story: Element, blocks: Blocks, body: Element): Set<Element> {
  const direct = new Map<Element, number>();
  for (const [block, { text, link }] of blocks) {
    const parent = block.parentElement;
    if (!parent || !root.contains(block) || text < MIN_BLOCK_CHARS || link / text > MAX_BLOCK_LINK_DENSITY) continue;
    direct.set(parent, (direct.get(parent) ?? 0) + blockScore(text, 0));
  }
  let max = 0;
  for (const v of direct.values()) max = Math.max(max, v);
  const keep = new Set<Element>();
  const chain = (from: Element) => {
    for (let el: Element | null = from; el && !keep.has(el); el = el === root ? null : el.parentElement) keep.add(el);
  };
  chain(story);
  for (const [el, v] of direct) if (v >= max * KEPT_SHARE && !inCommentZone(el, body)) chain(el);
  return keep;
}

/** The body scores most of every page's stray blocks; it wins only by a wide margin. */
const BODY_WEIGHT = 0.3;

/** How many of the best candidates must share an ancestor for it to be the story (Readability's rule). */
const SHARED_CANDIDATES = 3;
/** Candidates within this share of the best count as its peers. */
const PEER_SHARE = 0.75;

/**
 * Readability's widening of the best candidate: when several near-equal
 * candidates share an ancestor (one article split into sections), take the
 * ancestor; then climb while the parent scores higher than the child.
 */
function widen(
  top: Element,
  topScore: number,
  ranked: { el: Element; score: number }[],
  scores: Map<Element, Score>,
  body: Element,
): Element {
  let story = top;
  const peers = ranked.slice(1, 5).filter((c) => c.score >= topScore * PEER_SHARE).map((c) => c.el);
  if (peers.length >= SHARED_CANDIDATES - 1) {
    for (let anc = top.parentElement; anc && anc !== body; anc = anc.parentElement) {
      if (peers.filter((p) => anc.contains(p)).length >= SHARED_CANDIDATES - 1) {
        story = anc;
        break;
      }
    }
  }
  const scoreOf = (el: Element) => {
    const s = scores.get(el);
    return s ? finalScore(el, s) : undefined;
  };
  let last = scoreOf(story) ?? topScore;
  const threshold = last / 3;
  for (let parent = story.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const ps = scoreOf(parent);
    if (ps === undefined) continue;
    if (ps < threshold) break;
    if (ps > last) {
      story = parent;
      break;
    }
    last = ps;
  }
  // A lone child's parent holds nothing else: read the parent, which also holds its heading.
  while (story.parentElement && story.parentElement !== body && story.parentElement.children.length === 1) story = story.parentElement;
  return story;
}

/** A story whose paragraphs are split across sibling containers (ad slots between them) is their parent. */
function joinSplitSiblings(story: Element, scores: Map<Element, Score>, body: Element): Element {
  const parent = story.parentElement;
  const own = scores.get(story);
  if (!parent || parent === body || !own) return story;
  let joined = 0;
  for (const sib of parent.children) {
    if (sib === story) continue;
    const s = scores.get(sib);
    if (s && s.score >= own.score * SIBLING_SHARE && ownWeight(sib) >= 1 && s.link / Math.max(1, s.text) < 0.25) joined += s.text - s.link;
  }
  return joined >= (own.text - own.link) * 0.25 ? parent : story;
}

/**
 * The explicit `article`/`main` around the story when reading it whole costs
 * little (its headline, dek and byline), else null.
 */
function explicitWrapper(story: Element, blocks: Blocks, body: Element): Element | null {
  if (story.matches(EXPLICIT)) return null;
  const wrapper = story.parentElement?.closest(EXPLICIT);
  if (!wrapper || !body.contains(wrapper) || wrapper === body) return null;
  // A main that lists other articles (teasers) is a page of stories, not this one's wrapper.
  for (const other of wrapper.querySelectorAll('article')) if (!other.contains(story) && !story.contains(other)) return null;
  // Counted with link text: a wrapper that adds a list of teaser links adds chrome, not a byline.
  const inner = Math.max(1, textChars(blocks, story, false));
  return textChars(blocks, wrapper, false) <= inner * WRAPPER_SLACK ? wrapper : null;
}

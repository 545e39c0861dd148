/**
 * The annotator's life on one page, once the gate has passed: run a pass, keep it current as the page
 * changes (late text, infinite scroll, SPA routes), follow the layer switches,
 * open cards on click, answer the popup. Everything it registers goes through
 * `ctx`, so an extension update or reload releases it.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_LAYER_SETTINGS, emptyCounts, type LayerCounts, type LayerSettings } from '../../data/layers.ts';
import type { Matcher } from '../../data/match/find-terms.ts';
import type { ArticleDate } from '../../data/match/article-date.ts';
import type { PageState } from '../../data/protocol.ts';
import { annotatePage, paintMatches, type Annotation } from './annotate.ts';
import { loadCard, reportPage } from './background-client.ts';
import { loadMatcher } from './matcher-source.ts';
import { createCardUi, type CardUi } from './card-ui.tsx';
import { watchDataRevision } from './data-revision.ts';
import { caretAt, createMatchIndex, keyStep, pointInRange, stepMatch, type PaintedMatch } from './hit-test.ts';
import { createLayerHighlights, type LayerHighlights } from './layer-highlights.ts';
import { isInExcludedRegion } from './exclusions.ts';
import { record } from './measure.ts';
import { onMessage } from './messaging.ts';
import { collectText } from './page-text.ts';
import { readLayerSettings, watchLayerSettings } from './settings.ts';
import { createSlicer } from './slicer.ts';

/** Quiet time after the last DOM change before we look again. */
export const MUTATION_DEBOUNCE_MS = 400;
/** Past this many added nodes in one batch, a full pass is cheaper than sorting them out. */
export const MAX_INCREMENTAL_NODES = 400;

const stripHash = (url: string) => url.split('#')[0];

const publishedView = ({ date, source, detail, confidence }: Extract<ArticleDate, { known: true }>) => ({ date, source, detail, confidence });

export function startBackstory(ctx: ContentScriptContext, doc: Document = document) {
  const slicer = createSlicer();
  const index = createMatchIndex();
  let highlights: LayerHighlights | undefined;
  let current: Annotation = { status: 'quiet' };
  let counts: LayerCounts = emptyCounts();
  let settings: LayerSettings = DEFAULT_LAYER_SETTINGS;
  let matcher: Matcher | undefined;
  let card: CardUi | undefined;
  let observer: MutationObserver | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let pendingAdded = new Set<Node>();
  let needsFullPass = false;
  let debounce: number | undefined;
  let settingsWatched = false;
  let openLayer: keyof LayerSettings | undefined;
  let badgeShown = false;
  let lastOpened: PaintedMatch | undefined;

  const pageState = (): PageState => ({
    url: location.href,
    status: current.status,
    counts,
    published: current.status === 'coverage' && current.published.known ? publishedView(current.published) : null,
  });

  // Only Backstory's own popup may ask; a page cannot reach this listener, but check anyway.
  onMessage('getPageState', ({ sender }) =>
    sender.id === browser.runtime.id ? { ok: true, value: pageState() } : { ok: false, error: 'Refused.' },
  );

  async function ensureCoverageServices() {
    if (!settingsWatched) {
      settingsWatched = true;
      settings = await readLayerSettings();
      const unwatch = watchLayerSettings((next) => {
        settings = next;
        highlights?.show(settings);
        if (card?.isOpen() && openLayer && !settings[openLayer]) card.close();
      });
      ctx.onInvalidated(unwatch);
      ctx.addEventListener(doc, 'click', onClick);
      ctx.addEventListener(doc, 'keydown', onKey);
    }
    card ??= createCardUi(ctx);
  }

  function reset() {
    card?.close();
    highlights?.clear();
    index.clear();
    counts = emptyCounts();
    current = { status: 'quiet' };
  }

  async function fullPass() {
    const start = performance.now();
    const result = await annotatePage({
      doc,
      slicer,
      highlights: () => (highlights ??= createLayerHighlights()),
      index,
      matcher,
      loadMatcher,
    });
    matcher = result.matcher ?? matcher;
    current = result;
    if (result.status === 'coverage') {
      await ensureCoverageServices();
      counts = result.counts;
      highlights!.show(settings);
      badgeShown = true;
      void reportPage(pageState());
    }
    else if (badgeShown) {
      badgeShown = false;
      void reportPage(pageState()); // the article was replaced by something else: clear the badge
    }
    if (result.status !== 'quiet') observe();
    record('pass', start); // a whole pass, gate to paint: the tests wait for it, the bench times it
  }

  /** Runs passes one at a time; a request during a pass runs one more after it. */
  function schedule(work: () => Promise<void>) {
    if (running) {
      again = true;
      return;
    }
    running = work()
      .catch((e) => console.warn('Backstory: a pass failed; the page is unchanged.', e))
      .finally(() => {
        running = undefined;
        if (again && !ctx.isInvalid) {
          again = false;
          schedule(onMutationsSettled);
        }
      });
  }

  async function onMutationsSettled() {
    const added = [...pendingAdded];
    pendingAdded = new Set();
    const full = needsFullPass;
    needsFullPass = false;
    if (current.status !== 'coverage' || full || !current.root.isConnected || added.length > MAX_INCREMENTAL_NODES) {
      reset();
      return fullPass();
    }
    // Incremental: read and paint only what was added inside the article.
    const { root, keep } = current;
    const tops = added.filter((n) => n.isConnected && !isInExcludedRegion(n, root, keep) && !added.some((o) => o !== n && o.contains(n)));
    if (tops.length === 0 || !matcher) return;
    for (const node of tops) {
      const page =
        node.nodeType === 3
          ? { text: (node as Text).data, nodes: [node as Text], starts: [0] }
          : await collectText(node as Element, slicer, keep);
      const painted = await paintMatches(page, matcher, { highlights: highlights!, index }, slicer);
      for (const layer of Object.keys(painted.counts) as (keyof LayerCounts)[]) counts[layer] += painted.counts[layer];
    }
    void reportPage(pageState());
  }

  function observe() {
    if (observer) return;
    observer = new MutationObserver((records) => {
      const host = card?.host();
      for (const r of records) {
        if (host && (r.target === host || host.contains(r.target))) continue; // inside our own card
        if (r.type === 'characterData') needsFullPass = true;
        for (const n of r.removedNodes) if (n !== host) needsFullPass = true;
        for (const n of r.addedNodes) if (n !== host && (n.nodeType === 1 || n.nodeType === 3)) pendingAdded.add(n);
      }
      if (!needsFullPass && pendingAdded.size === 0) return;
      if (debounce !== undefined) clearTimeout(debounce);
      debounce = ctx.setTimeout(() => {
        debounce = undefined;
        schedule(onMutationsSettled);
      }, MUTATION_DEBOUNCE_MS);
    });
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer?.disconnect());
  }

  async function onClick(e: MouseEvent) {
    if (current.status !== 'coverage' || e.button !== 0 || e.defaultPrevented) return;
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const target = e.target as Element | null;
    if (target?.closest?.('a, button, input, textarea, select, label, [contenteditable]:not([contenteditable="false"])')) return;
    if (target && card?.host()?.contains(target)) return;
    if (!doc.getSelection()?.isCollapsed) return; // the reader is selecting text
    const caret = caretAt(doc, e.clientX, e.clientY);
    const hit = caret && index.at(caret.node, caret.offset, settings);
    if (!hit || !pointInRange(hit.range, e.clientX, e.clientY)) return;
    await openCard(hit);
  }

  /** Opens the card for a painted match; records click-to-card as backstory:card. */
  async function openCard(hit: PaintedMatch) {
    openLayer = hit.layer;
    lastOpened = hit;
    card!.open(hit.range, { status: 'loading' });
    const start = performance.now();
    try {
      const data = await loadCard(hit.id);
      card!.update({ status: 'ready', card: data });
    } catch (err) {
      card!.update({ status: 'error', message: err instanceof Error ? err.message : 'This card could not be loaded.' });
    }
    requestAnimationFrame(() => performance.measure('backstory:card', { start, end: performance.now() }));
  }

  /** Keyboard access, since highlights cannot take focus: Alt+Shift+N / Alt+Shift+P step through them. */
  async function onKey(e: KeyboardEvent) {
    const step = keyStep(e);
    if (!step || current.status !== 'coverage') return;
    const target = e.target as Element | null;
    if (target?.closest?.('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
    const next = stepMatch(index.all(), lastOpened, step, settings);
    if (!next) return;
    e.preventDefault();
    next.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    await openCard(next);
  }

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
    if (stripHash(newUrl.href) === stripHash(oldUrl.href)) return; // an anchor jump is the same page
    needsFullPass = true;
    schedule(onMutationsSettled);
  });
  // A pack was installed or removed: drop the cached matcher; an annotated page repaints now.
  ctx.onInvalidated(watchDataRevision(() => {
    matcher = undefined;
    if (current.status === 'coverage') { needsFullPass = true; schedule(onMutationsSettled); }
  }));
  ctx.onInvalidated(() => reset());
  schedule(fullPass);
}

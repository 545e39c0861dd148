/**
 * The annotator's wiring on one page, once the gate has passed: events in,
 * PageAnnotator calls out. It keeps the page current as it changes (late text,
 * live updates, SPA routes), follows the layer switches, opens cards on click
 * and on the step commands, flashes what the side panel points at, and answers
 * the popup; it tells the background what the page holds, for the side panel. What to do with a batch of
 * changes is pass-plan.ts's decision; everything registered ends with `lifetime`.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_LAYER_SETTINGS } from '../../data/layers.ts';
import type { ArticleDate } from '../../data/match/article-date.ts';
import type { PageReport, PageState } from '../../data/protocol.ts';
import { loadCard, repairData, reportFound, reportPage } from './background-client.ts';
import { createCardUi, type CardUi } from './card-ui.tsx';
import { watchDataRevision } from './data-revision.ts';
import { createHighlightStyle } from './highlight-style.ts';
import { matchesAt, stepMatch, type PaintedMatch, type View } from './hit-test.ts';
import { TOUCH_SLACK_PX } from './card-limits.ts';
import { watchHover } from './hover-preview.ts';
import { flashRange } from './flash.ts';
import { compareInDocument, stepInOrder } from './step-order.ts';
import type { Lifetime } from './lifetime.ts';
import { loadMatcher } from './matcher-source.ts';
import { record } from './measure.ts';
import { onMessage } from './messaging.ts';
import { PageAnnotator } from './page-annotator.ts';
import { pageIsDark } from './page-theme.ts';
import { watchChanges, watchDetach, type PageChanges, type PageWatch } from './page-watch.ts';
import { planPass, recheckDelay } from './pass-plan.ts';
import { readView, watchView } from './settings.ts';
import { offReason, readSiteControl, SITE_CONTROL_KEY } from '../../data/site-control.ts';
import { createSlicer } from './slicer.ts';
import { watchDateCorrection } from './date-correction.ts';

const stripHash = (url: string) => url.split('#')[0];

const publishedView = ({ date, source, detail, confidence }: Extract<ArticleDate, { known: true }>) => ({ date, source, detail, confidence });

/** Clicks on these belong to the page (a link inside a highlight still follows the link). */
const INTERACTIVE = 'a, button, input, textarea, select, label, [contenteditable]:not([contenteditable="false"])';

interface Pending {
  restart: boolean;
  changes: PageChanges;
}

const nothingPending = (): Pending => ({ restart: false, changes: { nodes: new Set(), removed: new Set() } });

export function startBackstory(lifetime: Lifetime, doc: Document = document) {
  const slicer = createSlicer();
  const annotator = new PageAnnotator({ doc, slicer, loadMatcher });
  const style = createHighlightStyle(doc);
  let view: View = { layers: DEFAULT_LAYER_SETTINGS, markEvery: false };
  let card: CardUi | undefined;
  let watches: PageWatch[] = [];
  let pending = nothingPending();
  let running = false;
  let badgeShown = false;
  let lastOpened: PaintedMatch | undefined;
  let passingMisses = 0;
  let recheck: ReturnType<typeof setTimeout> | undefined;

  /** The reader switched Backstory off for this site (or paused it) while the page was open. */
  let off = false;

  // The reader's date for this page, from the popup: cards and the panel use it instead of the page's.
  const correction = watchDateCorrection(lifetime, () => {
    if (annotator.state.status === 'coverage' && !off) report();
  });
  /** The article's day for cards: the reader's correction, else what the page says, else null. */
  const articleDay = () => {
    const s = annotator.state;
    if (s.status !== 'coverage') return null;
    return correction.dayFor(location.href) ?? (s.published.known ? s.published.date : null);
  };

  const pageState = (): PageState => {
    const s = annotator.state;
    const corrected = s.status === 'coverage' ? correction.dayFor(location.href) : null;
    return {
      url: location.href,
      status: off ? 'off' : s.status,
      counts: annotator.counts,
      published: s.status === 'coverage' && s.published.known ? publishedView(s.published) : null,
      ...(corrected ? { correctedDate: corrected } : {}),
    };
  };

  /** Each record found and its mentions, marked or not: the side panel's counts. */
  const pageReport = (): PageReport => {
    const s = annotator.state;
    const day = articleDay();
    const source = correction.dayFor(location.href) ? 'reader' : s.status === 'coverage' && s.published.known ? s.published.source : undefined;
    return { url: location.href, published: day, ...(day && source ? { publishedSource: source } : {}), found: annotator.found };
  };

  /** Badge and side panel; called only once the page has been coverage (others send nothing). */
  let panelReported = false;
  const report = () => {
    void reportPage(pageState());
    const found = pageReport();
    // "Nothing here now" only to a background that was told something.
    if (found.found.length === 0 && !panelReported) return;
    panelReported = found.found.length > 0;
    void reportFound(found);
  };

  // Only Backstory's own popup may ask; a page cannot reach this listener, but check anyway.
  onMessage('getPageState', ({ sender }) =>
    sender.id === browser.runtime.id ? { ok: true, value: pageState() } : { ok: false, error: 'Refused.' },
  );

  let lastFlashed: PaintedMatch | undefined;
  // The side panel: the record's next mention in reading order, flashed, with its card open.
  onMessage('flashMention', ({ data, sender }) => {
    if (sender.id !== browser.runtime.id || typeof data?.id !== 'string') return { ok: false, error: 'Refused.' };
    if (annotator.state.status !== 'coverage' || off) return { ok: false, error: 'Nothing is annotated on this page.' };
    const mentions = annotator.index.all().filter((m) => m.id === data.id && m.range.startContainer.isConnected).sort(compareInDocument);
    const next = stepInOrder(mentions, lastFlashed, 1);
    if (!next) return { ok: false, error: 'That record is not on this page any more.' };
    lastFlashed = next;
    flashRange(next.range, { lifetime });
    openCard([next]);
    return { ok: true, value: { index: mentions.indexOf(next) + 1, total: mentions.length } };
  });
  // The Alt+Shift+N / Alt+Shift+P commands, from the background: keys are the browser's, never listened for here.
  onMessage('stepCard', ({ data, sender }) => {
    if (sender.id !== browser.runtime.id || (data?.step !== 1 && data?.step !== -1)) return { ok: false, error: 'Refused.' };
    if (annotator.state.status !== 'coverage' || !card) return { ok: false, error: 'Nothing is annotated on this page.' };
    const next = stepMatch(annotator.index.all(), lastOpened, data.step, view);
    if (!next) return { ok: false, error: 'No annotation is shown.' };
    next.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    // The other records over the same words become tabs, as a click there would show.
    const overlapping = annotator.index.allAt(next.range.startContainer, next.range.startOffset, view).filter((m) => m !== next && m.id !== next.id);
    openCard([next, ...overlapping]);
    return { ok: true, value: null };
  });

  /** Queues work and runs it, one pass at a time; work asked for during a pass runs after it. */
  function request(restart: boolean, changes?: PageChanges) {
    pending.restart ||= restart;
    if (changes) {
      for (const n of changes.nodes) pending.changes.nodes.add(n);
      for (const n of changes.removed) pending.changes.removed.add(n);
    }
    if (!running) void drain();
  }

  async function drain() {
    running = true;
    try {
      while (!lifetime.isInvalid && (pending.restart || pending.changes.nodes.size > 0 || pending.changes.removed.size > 0)) {
        const batch = pending;
        pending = nothingPending();
        const s = annotator.state;
        const kind = planPass({
          status: s.status,
          rootConnected: s.status === 'coverage' && s.root.isConnected,
          restart: batch.restart,
          blocks: batch.changes.nodes.size,
          removed: batch.changes.removed.size > 0,
        });
        if (kind === 'full') await fullPass();
        else if (kind === 'blocks') await blockPass(batch.changes);
      }
    } catch (e) {
      console.warn('Backstory: a pass failed; the page is unchanged.', e);
    } finally {
      running = false;
    }
  }

  async function fullPass() {
    const start = performance.now();
    card?.close();
    stopWatching();
    if (off) return;
    const state = await annotator.annotate();
    if (state.status === 'coverage') {
      passingMisses = 0;
      // The last match slice, the card's first setup, the first paint and the report are separate
      // tasks (issue 10.8): on a 2 MB paragraph, together they were one 20–35 ms task.
      if (slicer.due()) await slicer.yield();
      await ensureCoverageServices();
      if (slicer.due()) await slicer.yield();
      style.apply(pageIsDark(state.root));
      annotator.show(view);
      if (slicer.due()) await slicer.yield();
      badgeShown = true;
      report();
      // Only the article is watched: a clock in the header or an ad rotator never costs a pass.
      watches = [
        watchChanges(state.root, lifetime, ours, (changes) => request(false, changes)),
        watchDetach(state.root, doc.documentElement, lifetime, () => request(true)),
      ];
      // The page swapped the article (or its whole document) while the pass ran: read the new one.
      if (!state.root.isConnected) request(true);
    } else {
      style.remove();
      if (badgeShown) {
        badgeShown = false;
        report(); // the article was replaced by something else: clear the badge and the panel
      }
      // Not (or no longer) the story: look again when the page changes, less often each time.
      passingMisses++;
      const target = doc.body ?? doc.documentElement;
      if (target) watches = [watchChanges(target, lifetime, ours, () => recheckLater())];
    }
    record('pass', start); // a whole pass, gate to paint: the tests wait for it, the bench times it
  }

  async function blockPass(changes: PageChanges) {
    await annotator.annotateAdded(changes.nodes, changes.removed);
    if (lastOpened && !lastOpened.range.startContainer.isConnected) card?.close();
    report();
  }

  function recheckLater() {
    if (recheck !== undefined) return;
    recheck = setTimeout(() => {
      recheck = undefined;
      request(true);
    }, recheckDelay(passingMisses - 1));
  }

  function stopWatching() {
    for (const w of watches) w.stop();
    watches = [];
    if (recheck !== undefined) clearTimeout(recheck);
    recheck = undefined;
  }

  const ours = (node: Node) => card?.owns(node) ?? false;

  let servicesReady = false;
  async function ensureCoverageServices() {
    if (servicesReady) return;
    servicesReady = true;
    view = await readView();
    lifetime.onInvalidated(watchView((next) => {
      view = next;
      annotator.show(view);
      if (annotator.state.status === 'coverage') void reportPage(pageState()); // the badge counts what is marked
      if (card?.isOpen() && lastOpened && !view.layers[lastOpened.layer]) card.close();
    }));
    // Capture phase at the window: a page that stops or prevents clicks still gets its cards.
    lifetime.listen(window, 'click', onClick, { capture: true });
    // Cards are read against the article's day: what came before it, and what has happened since.
    card = createCardUi({ lifetime, loadCard: (id) => loadCard(id, articleDay()), repairData, doc });
    watchHover({
      lifetime,
      doc,
      hitAt: (x, y) => matchesAt(doc, annotator.index, view, x, y)[0] ?? null,
      show: (m) => card!.preview(m.range, m.id),
      hide: () => card!.hidePreview(),
      enabled: () => annotator.state.status === 'coverage' && !card!.isOpen(),
    });
  }

  function onClick(e: MouseEvent) {
    if (annotator.state.status !== 'coverage' || e.button !== 0) return;
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const target = e.target as Element | null;
    if (target?.closest?.(INTERACTIVE)) return;
    if (target && ours(target)) return;
    if (!doc.getSelection()?.isCollapsed) return; // the reader is selecting text
    // A finger is wider than a caret: a tap a few pixels off the word still opens it.
    const slack = (e as PointerEvent).pointerType === 'touch' ? TOUCH_SLACK_PX : undefined;
    const hits = matchesAt(doc, annotator.index, view, e.clientX, e.clientY, slack);
    if (hits.length > 0) openCard(hits);
  }

  /** Opens the card on the most specific match, with a tab for every other record at the same point. */
  function openCard([hit, ...others]: PaintedMatch[]) {
    if (!hit) return;
    lastOpened = hit;
    card!.open(hit.range, [hit, ...others].map((m) => ({ id: m.id, layer: m.layer })));
  }

  // "Off on this site" or "Pause everywhere" while the page is open: everything goes, at once; back on, a new pass.
  const onControl = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SITE_CONTROL_KEY in changes)) return;
    const nowOff = offReason(readSiteControl(changes[SITE_CONTROL_KEY]!.newValue), location.hostname) !== null;
    if (nowOff === off) return;
    off = nowOff;
    if (off) {
      stopWatching();
      card?.close();
      annotator.clear();
      style.remove();
      report();
    } else request(true);
  };
  browser.storage.onChanged.addListener(onControl);
  lifetime.onInvalidated(() => browser.storage.onChanged.removeListener(onControl));

  lifetime.onUrlChange((next, previous) => {
    if (stripHash(next.href) !== stripHash(previous.href)) request(true);
    else if (annotator.state.status === 'coverage') report(); // an anchor jump is the same page: say so again
  });
  // A pack was installed or removed: drop the matcher; an annotated page repaints now.
  lifetime.onInvalidated(watchDataRevision(() => {
    annotator.forgetMatcher();
    if (annotator.state.status === 'coverage') request(true);
  }));
  lifetime.onInvalidated(() => {
    stopWatching();
    card?.close();
    annotator.clear();
    style.remove();
  });
  request(true);
}

/**
 * A Chromium trace of one page load over CDP, reduced to what the benchmark needs:
 * the renderer main thread's tasks (every task, not only the ≥ 50 ms ones the
 * Long Tasks API reports) around Backstory's backstory:* measures.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: what the event ran on its thread, without the time the OS gave the CPU to others. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/**
 * LIGHT: task boundaries and user timing only; cheap enough not to change what it measures.
 * DETAILED: adds devtools.timeline (names like EvaluateScript, PrePaint, Paint), which also
 * records an event per JS callback and so inflates collect (its TreeWalker calls a JS
 * filter per node) about 2×: use it to name things, not to time Backstory's phases.
 */
export const LIGHT = ['toplevel', 'blink.user_timing', '__metadata'];
export const DETAILED = ['toplevel', 'blink.user_timing', 'devtools.timeline', 'v8.execute', '__metadata'];

export async function traced<T>(
  context: BrowserContext,
  page: Page,
  work: () => Promise<T>,
  categories: string[] = LIGHT,
): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const v of e.value) events.push(v as unknown as TraceEvent);
  });
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  } as never);
  let result: T;
  try {
    result = await work();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
  }
  return { result, events };
}

export interface TaskSummary {
  startMs: number; // relative to the first backstory measure
  durMs: number;
  /** The task's thread time: its own cost, which a loaded machine does not stretch as it stretches durMs. */
  cpuMs?: number;
  /** The heaviest events directly inside the task (name: ms), for diagnosis. */
  inside: Record<string, number>;
}

export interface TraceAnalysis {
  /** First occurrence of each backstory:* measure, ms relative to the first one. */
  phases: Record<string, { startMs: number; durMs: number }>;
  spanMs: number;
  tasksInSpan: number;
  /** Main-thread time inside the span spent in tasks (any task: ours, style/layout/paint, the browser's). */
  busyInSpanMs: number;
  /** Busy main-thread time inside each phase's interval. */
  busyByPhaseMs: Record<string, number>;
  longestInSpan?: TaskSummary;
  /** Longest task within 1 s after the span (the frames that paint the highlights). */
  longestAfterSpan?: TaskSummary;
  /** Tasks > 16 ms overlapping the span. */
  over16ms: TaskSummary[];
  /** The ten tasks overlapping the span that ran longest on the thread (thread time), longest first. */
  byCpu: TaskSummary[];
  /** Longest PrePaint before the span (the page's own frames) and in the 1 s after it (DETAILED traces only). */
  prePaintMs?: { before: number; after: number };
  /** The task that evaluated content.js: compile, WXT bootstrap, main() and the microtasks after it (gate, …). */
  contentScriptTask?: { durMs: number; evaluateScriptMs: number; compileMs?: number };
}

/** Reduces a trace to Backstory's first pass and the renderer main-thread tasks around it. */
export function analyseTrace(events: TraceEvent[], finalPhase = 'backstory:match-paint'): TraceAnalysis | undefined {
  const begins = events.filter((e) => e.cat === 'blink.user_timing' && e.name.startsWith('backstory:') && e.ph === 'b');
  const ends = events.filter((e) => e.cat === 'blink.user_timing' && e.name.startsWith('backstory:') && e.ph === 'e');
  if (begins.length === 0) return undefined;
  const { pid, tid } = begins[0]!;
  const phases = new Map<string, { b: number; e: number }>();
  for (const b of begins.sort((x, y) => x.ts - y.ts)) {
    if (phases.has(b.name)) continue;
    const e = ends.filter((x) => x.name === b.name && x.ts >= b.ts).sort((x, y) => x.ts - y.ts)[0];
    if (e) phases.set(b.name, { b: b.ts, e: e.ts });
  }
  const first = Math.min(...[...phases.values()].map((p) => p.b));
  const final = phases.get(finalPhase);
  const last = final ? final.e : Math.max(...[...phases.values()].map((p) => p.e));
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Top-level tasks: every complete event not nested in an earlier one. Most are
  // ThreadControllerImpl::RunTask, but scheduler.yield() continuations show up as a bare
  // BlinkScheduler_PerformMicrotaskCheckpoint.
  const tasks: TraceEvent[] = [];
  for (const t of onMain) {
    const prev = tasks[tasks.length - 1];
    if (prev && t.ts < prev.ts + prev.dur!) continue;
    tasks.push(t);
  }
  const evaluate = onMain.find((e) => e.name === 'EvaluateScript' && String((e.args?.data as { url?: string } | undefined)?.url ?? '').startsWith('chrome-extension://'));
  const evaluateTask = evaluate && tasks.find((t) => t.ts <= evaluate.ts && evaluate.ts + evaluate.dur! <= t.ts + t.dur!);
  const overlap = (t: TraceEvent, a: number, b: number) => Math.max(0, Math.min(t.ts + t.dur!, b) - Math.max(t.ts, a));
  const summary = (t: TraceEvent): TaskSummary => {
    const inside: Record<string, number> = {};
    for (const e of onMain) {
      if (e === t || e.ts < t.ts || e.ts + e.dur! > t.ts + t.dur!) continue;
      inside[e.name] = Math.max(inside[e.name] ?? 0, e.dur! / 1000);
    }
    const top = Object.entries(inside).sort((a, b) => b[1] - a[1]).slice(0, 5);
    return {
      startMs: (t.ts - first) / 1000,
      durMs: t.dur! / 1000,
      ...(t.tdur !== undefined ? { cpuMs: t.tdur / 1000 } : {}),
      inside: Object.fromEntries(top.map(([k, v]) => [k, round(v)])),
    };
  };
  const inSpan = tasks.filter((t) => overlap(t, first, last) > 0);
  const busyByPhaseMs: Record<string, number> = {};
  for (const [name, p] of phases) busyByPhaseMs[name] = round(inSpan.reduce((s, t) => s + overlap(t, p.b, p.e), 0) / 1000);
  const byCpu = [...inSpan].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, 10);
  const longest = inSpan.sort((a, b) => b.dur! - a.dur!)[0];
  const after = tasks.filter((t) => t.ts >= last && t.ts < last + 1_000_000).sort((a, b) => b.dur! - a.dur!)[0];
  return {
    phases: Object.fromEntries([...phases].map(([k, p]) => [k, { startMs: round((p.b - first) / 1000), durMs: round((p.e - p.b) / 1000) }])),
    spanMs: round((last - first) / 1000),
    tasksInSpan: inSpan.length,
    busyInSpanMs: round(inSpan.reduce((s, t) => s + overlap(t, first, last), 0) / 1000),
    busyByPhaseMs,
    longestInSpan: longest && summary(longest),
    longestAfterSpan: after && summary(after),
    over16ms: inSpan.filter((t) => t.dur! > 16_000).map(summary),
    byCpu: byCpu.map(summary),
    prePaintMs: (() => {
      const pre = onMain.filter((e) => e.name === 'PrePaint');
      if (pre.length === 0) return undefined;
      const max = (xs: TraceEvent[]) => round(Math.max(0, ...xs.map((e) => e.dur!)) / 1000);
      return { before: max(pre.filter((e) => e.ts < first)), after: max(pre.filter((e) => e.ts >= last && e.ts < last + 1_000_000)) };
    })(),
    contentScriptTask: evaluate && {
      durMs: round((evaluateTask ?? evaluate).dur! / 1000),
      evaluateScriptMs: round(evaluate.dur! / 1000),
      compileMs: (() => {
        const c = onMain.find((e) => e.name === 'v8.compile' && e.ts >= evaluate.ts && e.ts < evaluate.ts + evaluate.dur!);
        return c && round(c.dur! / 1000);
      })(),
    },
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

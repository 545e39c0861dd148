/**
 * Time slicing: long work yields to the page between slices so no task of ours
 * blocks input. Chrome's own find-in-page works in 10 ms slices.
 */
export const SLICE_MS = 8; // half a 60 Hz frame, leaves room for the page

export interface Slicer {
  /** Cheap to call often; true when the current slice is spent. */
  due(): boolean;
  /** Milliseconds left in the current slice (negative once it is overspent). */
  left?(): number;
  /** Ends the slice and resumes in a new task. */
  yield(): Promise<void>;
}

type SchedulerLike = { yield?: () => Promise<void> };

export function createSlicer(now: () => number = () => performance.now(), budget = SLICE_MS): Slicer {
  let sliceStart = now();
  return {
    due: () => now() - sliceStart >= budget,
    left: () => budget - (now() - sliceStart),
    async yield() {
      const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
      if (scheduler?.yield) await scheduler.yield();
      else await new Promise<void>((resolve) => setTimeout(resolve, 0));
      sliceStart = now();
    },
  };
}

// @vitest-environment happy-dom
/** Time slicing: long work gives the page its turn between slices. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSlicer, SLICE_MS } from '../../entrypoints/content/slicer.ts';

afterEach(() => {
  delete (globalThis as { scheduler?: unknown }).scheduler;
});

describe('createSlicer', () => {
  it('says a slice is spent once its budget has passed, and not before', () => {
    let now = 1000;
    const slicer = createSlicer(() => now);
    now += SLICE_MS - 1;
    expect(slicer.due()).toBe(false);
    now += 1;
    expect(slicer.due()).toBe(true);
  });

  it('tells how much of the slice is left, negative once it is overspent', () => {
    let now = 0;
    const slicer = createSlicer(() => now, 8);
    now = 3;
    expect(slicer.left!()).toBe(5);
    now = 10;
    expect(slicer.left!()).toBe(-2);
  });

  it('lets the page’s waiting work run before it resumes, then starts a fresh slice', async () => {
    let now = 0;
    const slicer = createSlicer(() => now, 8);
    now = 50;
    const pageWork = vi.fn();
    setTimeout(pageWork, 0);
    await slicer.yield();
    expect(pageWork).toHaveBeenCalled();
    expect(slicer.due()).toBe(false);
  });

  it('yields through scheduler.yield where the browser has it', async () => {
    const yieldFn = vi.fn(async () => {});
    (globalThis as { scheduler?: unknown }).scheduler = { yield: yieldFn };
    await createSlicer().yield();
    expect(yieldFn).toHaveBeenCalledTimes(1);
  });
});

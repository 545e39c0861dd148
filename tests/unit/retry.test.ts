/** Asking a worker that is asleep, restarting or stopped: retried with backoff, within a bounded time. */
import { describe, expect, it } from 'vitest';
import { RETRY_FOR_MS, withRetry } from '../../entrypoints/content/background-client.ts';

function clock() {
  let t = 0;
  const waits: number[] = [];
  return { now: () => t, sleep: async (ms: number) => void (waits.push(ms), (t += ms)), waits };
}

describe('withRetry', () => {
  it('keeps asking a worker that is stopped again and again until it answers', async () => {
    const c = clock();
    let calls = 0;
    const answer = await withRetry(async () => {
      if (++calls < 6) throw new Error('The message port closed before a response was received.');
      return 'card';
    }, c.sleep, c.now);
    expect(answer).toBe('card');
    expect(c.waits).toEqual([100, 200, 400, 800, 1600]);
  });

  it('gives up after at most ten seconds of waiting, with the last error', async () => {
    const c = clock();
    await expect(withRetry(async () => { throw new Error('Receiving end does not exist.'); }, c.sleep, c.now)).rejects.toThrow('Receiving end');
    expect(c.now()).toBeLessThanOrEqual(RETRY_FOR_MS);
    expect(Math.max(...c.waits)).toBe(2000);
    expect(c.waits.length).toBeGreaterThan(5);
  });
});

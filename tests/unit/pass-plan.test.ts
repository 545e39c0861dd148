import { describe, expect, it } from 'vitest';
import { MAX_INCREMENTAL_BLOCKS, MAX_WAIT_MS, planPass, recheckDelay, RECHECK_MAX_MS, SETTLE_MS, settleDelay, type ChangeSummary } from '../../entrypoints/content/pass-plan.ts';

const coverage: ChangeSummary = { status: 'coverage', rootConnected: true, restart: false, blocks: 0, removed: false };

describe('which pass a batch of changes needs', () => {
  it('rereads only the changed paragraphs of an annotated article', () => {
    expect(planPass({ ...coverage, blocks: 1 })).toBe('blocks');
    expect(planPass({ ...coverage, removed: true })).toBe('blocks');
  });
  it('does nothing when nothing in the article changed', () => {
    expect(planPass(coverage)).toBe('none');
  });
  it('reads the page again on a new route, a data change, a replaced article or a flood of changes', () => {
    expect(planPass({ ...coverage, restart: true })).toBe('full');
    expect(planPass({ ...coverage, rootConnected: false, blocks: 1 })).toBe('full');
    expect(planPass({ ...coverage, blocks: MAX_INCREMENTAL_BLOCKS + 1 })).toBe('full');
    expect(planPass({ ...coverage, status: 'passing', blocks: 1 })).toBe('full');
  });
});

describe('when a batch is handled', () => {
  it('waits for the page to settle', () => {
    expect(settleDelay(1000, 1000)).toBe(SETTLE_MS);
  });
  it('never waits past the max wait, however often the page changes', () => {
    // A change every 100 ms restarts the settle time; the first change is still read within MAX_WAIT_MS.
    let now = 0;
    const first = 0;
    let due = now + settleDelay(now, first);
    while (now < 10_000) {
      now += 100;
      if (now < due) due = now + settleDelay(now, first);
      else break;
    }
    expect(due - first).toBeLessThanOrEqual(MAX_WAIT_MS);
  });
  it('rechecks a page that only names the story less and less often', () => {
    expect(recheckDelay(1)).toBeGreaterThan(recheckDelay(0));
    expect(recheckDelay(50)).toBe(RECHECK_MAX_MS);
  });
});

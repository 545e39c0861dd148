import { describe, expect, it } from 'vitest';
import { stepInOrder } from '../../entrypoints/content/step-order.ts';

describe('stepping through mentions', () => {
  const list = ['first', 'second', 'third'];
  it('goes to the next one, and from the last back to the first', () => {
    expect(stepInOrder(list, 'first', 1)).toBe('second');
    expect(stepInOrder(list, 'third', 1)).toBe('first');
  });
  it('goes back, and from the first round to the last', () => {
    expect(stepInOrder(list, 'second', -1)).toBe('first');
    expect(stepInOrder(list, 'first', -1)).toBe('third');
  });
  it('starts at the first (or, going back, the last) when nothing was visited or it is gone', () => {
    expect(stepInOrder(list, undefined, 1)).toBe('first');
    expect(stepInOrder(list, 'removed', 1)).toBe('first');
    expect(stepInOrder(list, undefined, -1)).toBe('third');
  });
  it('stays on a single mention, and has nothing to give for none', () => {
    expect(stepInOrder(['only'], 'only', 1)).toBe('only');
    expect(stepInOrder([], undefined, 1)).toBeNull();
  });
});

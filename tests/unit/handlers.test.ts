import { describe, expect, it } from 'vitest';
import { isOwnSender } from '../../entrypoints/background/handlers.ts';

describe('the background answers only its own extension', () => {
  it('accepts a request from its own content script or popup', () => {
    expect(isOwnSender({ id: 'backstory', tab: { id: 3 } }, 'backstory')).toBe(true);
  });
  it('refuses a request from another extension or with no sender id', () => {
    expect(isOwnSender({ id: 'someone-else' }, 'backstory')).toBe(false);
    expect(isOwnSender({}, 'backstory')).toBe(false);
  });
});

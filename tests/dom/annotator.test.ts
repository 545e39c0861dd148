// @vitest-environment happy-dom
/** The annotator chunk's entry, as load-annotator.ts imports it: its startBackstory annotates a real coverage page. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import * as chunk from '../../entrypoints/content/annotator.ts';
import { fakeLifetime, type FakeLifetime } from './fake-lifetime.ts';
import { resetHighlights, shown } from './highlights.ts';
import { loadRealPage } from './real-page.ts';

let lifetime: FakeLifetime;
beforeEach(() => {
  fakeBrowser.reset();
  resetHighlights();
  lifetime = fakeLifetime();
});
afterEach(() => lifetime.end());

describe('the annotator chunk', () => {
  it('exports only startBackstory, the one name load-annotator.ts calls', () => {
    expect(Object.keys(chunk)).toEqual(['startBackstory']);
  });

  it('marks the story’s names on a real coverage page with the bundled matcher', async () => {
    loadRealPage('pos-en-2025-01-scotus-upholds-semafor');
    chunk.startBackstory(lifetime, document);
    await expect.poll(() => shown('entities'), { timeout: 10_000 }).toContain('ByteDance');
  });
});

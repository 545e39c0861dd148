// @vitest-environment happy-dom
/**
 * Where a page's matcher comes from: the bundled automaton, unpacked in the page
 * with no message sent when no pack is installed; with packs installed, only
 * their terms come from the background, laid over it. The bundled matcher is
 * the real one, built as the build builds it (tests/vitest.config.ts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { findTerms } from '../../data/match/find-terms.ts';
import type { PackTermsAnswer } from '../../data/protocol.ts';
import { PACKS_KEY } from '../../data/revision.ts';

const bg = vi.hoisted(() => ({ loadPackTerms: vi.fn<() => Promise<unknown>>() }));
vi.mock('../../entrypoints/content/background-client.ts', () => ({ loadPackTerms: bg.loadPackTerms }));

const PACK: PackTermsAnswer = { revision: 'bundled+pack-lemon8@1', terms: [{ key: 'lemon8', id: 'ent-lemon8', layer: 'entities' }], cues: [], replaced: [] };
const ids = (text: string, m: Awaited<ReturnType<typeof fresh>>) => findTerms(text, m).map((x) => x.id);

/** matcher-source reads the pack count when it loads: each test loads a fresh copy after setting storage. */
async function fresh(packs?: number) {
  if (packs !== undefined) await fakeBrowser.storage.local.set({ [PACKS_KEY]: packs });
  vi.resetModules();
  const { loadMatcher } = await import('../../entrypoints/content/matcher-source.ts');
  return loadMatcher();
}

beforeEach(() => {
  fakeBrowser.reset();
  bg.loadPackTerms.mockReset().mockResolvedValue(PACK);
});

describe('loadMatcher', () => {
  it('matches the bundled names with no pack installed, asking the background nothing', async () => {
    const m = await fresh();
    expect(ids('ByteDance owns TikTok. Lemon8 too.', m)).toEqual(expect.arrayContaining(['ent-bytedance']));
    expect(ids('Lemon8 too.', m)).toEqual([]);
    expect(bg.loadPackTerms).not.toHaveBeenCalled();
  });

  it('with packs installed, lays their terms over the bundled ones', async () => {
    const m = await fresh(1);
    expect(bg.loadPackTerms).toHaveBeenCalledOnce();
    expect(ids('Lemon8 too.', m)).toEqual(['ent-lemon8']);
    expect(ids('ByteDance owns TikTok.', m)).toEqual(expect.arrayContaining(['ent-bytedance']));
  });

  it('stops matching a bundled record a pack replaces', async () => {
    bg.loadPackTerms.mockResolvedValue({ ...PACK, replaced: ['ent-bytedance'] });
    const m = await fresh(1);
    expect(ids('ByteDance owns TikTok.', m)).not.toContain('ent-bytedance');
  });

  it('treats a damaged pack count as no packs', async () => {
    for (const damaged of ['3', -1, 0]) {
      await fakeBrowser.storage.local.set({ [PACKS_KEY]: damaged });
      await fresh();
    }
    expect(bg.loadPackTerms).not.toHaveBeenCalled();
  });
});

// @vitest-environment happy-dom
/** Painting with the CSS Custom Highlight API: one Highlight per layer, nothing in the page's DOM. */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LAYER_SETTINGS } from '../../data/layers.ts';
import { createLayerHighlights } from '../../entrypoints/content/layer-highlights.ts';
import { collectText } from '../../entrypoints/content/page-text.ts';
import { toStaticRange } from '../../entrypoints/content/text-ranges.ts';
import { registered, resetHighlights, shown } from './highlights.ts';
import { fixture, loadPage } from './real-page.ts';

let word: (w: string) => StaticRange;

beforeEach(async () => {
  resetHighlights();
  loadPage(fixture('readability/ars-1.html'));
  const page = await collectText(document.querySelector('[itemprop="articleBody"]')!);
  word = (w) => {
    const at = page.text.indexOf(w);
    return toStaticRange(page, at, at + w.length)!;
  };
});

describe('createLayerHighlights', () => {
  it('shows each layer under its own name, backstory-<layer>, without touching the page', () => {
    const before = document.body.innerHTML;
    const h = createLayerHighlights();
    h.add('entities', word('Ammar Askar'));
    h.add('entities', word('Mojang'));
    h.add('figures', word('21 months'));
    h.show(DEFAULT_LAYER_SETTINGS);
    expect(registered()).toEqual(['backstory-claims', 'backstory-entities', 'backstory-figures', 'backstory-timeline']);
    expect(shown('entities')).toEqual(['Ammar Askar', 'Mojang']);
    expect(shown('figures')).toEqual(['21 months']);
    expect(h.size('entities')).toBe(2);
    expect(document.body.innerHTML).toBe(before);
  });

  it('hides a layer the reader switched off, and brings back the same marks when switched on', () => {
    const h = createLayerHighlights();
    h.add('entities', word('Mojang'));
    h.show({ ...DEFAULT_LAYER_SETTINGS, entities: false });
    expect(registered()).not.toContain('backstory-entities');
    h.show(DEFAULT_LAYER_SETTINGS);
    expect(shown('entities')).toEqual(['Mojang']);
  });

  it('takes one mark off', () => {
    const h = createLayerHighlights();
    const mojang = word('Mojang');
    h.add('entities', word('Ammar Askar'));
    h.add('entities', mojang);
    h.show(DEFAULT_LAYER_SETTINGS);
    h.delete('entities', mojang);
    expect(shown('entities')).toEqual(['Ammar Askar']);
  });

  it('clears every mark, and paints new ones on the layers still shown', () => {
    const h = createLayerHighlights();
    h.add('entities', word('Mojang'));
    h.show({ ...DEFAULT_LAYER_SETTINGS, figures: false });
    h.clear();
    expect(shown('entities')).toEqual([]);
    h.add('entities', word('Ammar Askar'));
    expect(shown('entities')).toEqual(['Ammar Askar']);
    expect(registered()).not.toContain('backstory-figures');
  });

  it('does not take down the highlights of a newer copy of itself (after an extension update)', () => {
    const old = createLayerHighlights();
    old.show(DEFAULT_LAYER_SETTINGS);
    const fresh = createLayerHighlights();
    fresh.add('entities', word('Mojang'));
    fresh.show(DEFAULT_LAYER_SETTINGS);
    old.clear();
    expect(shown('entities')).toEqual(['Mojang']);
  });

  it('paints into the registry it is given', () => {
    const registry = new Map() as unknown as HighlightRegistry;
    const h = createLayerHighlights(registry);
    h.add('claims', word('Mojang'));
    h.show(DEFAULT_LAYER_SETTINGS);
    expect(registered()).toEqual([]);
    expect((registry as unknown as Map<string, Set<unknown>>).get('backstory-claims')?.size).toBe(1);
  });
});

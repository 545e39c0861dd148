// @vitest-environment happy-dom
/**
 * The card's shell on a page: the host exists only while a card or preview
 * shows, a press outside closes the card and focus goes back, and nothing of it
 * outlives the extension. The closed shadow root is caught as it is attached.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { CardData } from '../../data/protocol.ts';
import { UI_HOST_ATTRIBUTE } from '../../entrypoints/content/card-host.ts';
import { createCardUi, type CardUi } from '../../entrypoints/content/card-ui.tsx';
import { fakeLifetime, type FakeLifetime } from './fake-lifetime.ts';

const base = {
  facts: [], evidence: [], history: [], related: [], noSourceFound: false, timeline: [], sources: [],
  dataset: { version: '2026.01.01', lastReviewed: '2026-01-01' },
};
const CARDS: Record<string, CardData> = {
  'ent-bytedance': { ...base, id: 'ent-bytedance', type: 'entity', title: 'ByteDance', kicker: 'Company', summary: 'The Beijing company that owns TikTok.' },
  'ent-tiktok': { ...base, id: 'ent-tiktok', type: 'entity', title: 'TikTok', kicker: 'App', summary: 'A short-video app.' },
};

let lifetime: FakeLifetime;
let ui: CardUi;
let roots: ShadowRoot[];
const attachShadow = Element.prototype.attachShadow;
const loadCard = vi.fn((id: string) => (CARDS[id] ? Promise.resolve(CARDS[id]) : Promise.reject(new Error(`No record ${id}.`))));

const hosts = () => document.querySelectorAll(`[${UI_HOST_ATTRIBUTE}]`);
const root = () => roots.at(-1)!;
const settle = () => vi.waitFor(() => new Promise((r) => setTimeout(r, 0)));
const until = (check: () => unknown) => vi.waitFor(() => expect(check()).toBeTruthy());

function word(text: string) {
  const t = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text).find((n) => n.data.includes(text))!;
  const at = t.data.indexOf(text);
  return new StaticRange({ startContainer: t, startOffset: at, endContainer: t, endOffset: at + text.length });
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = () => '';
  fakeBrowser.i18n.getUILanguage = () => 'en';
  roots = [];
  Element.prototype.attachShadow = function (init) {
    const r = attachShadow.call(this, init);
    roots.push(r);
    return r;
  };
  document.body.innerHTML = '<p>ByteDance owns TikTok.</p><button id="reader">Read on</button>';
  lifetime = fakeLifetime();
  loadCard.mockClear();
  ui = createCardUi({ lifetime, loadCard, doc: document });
});
afterEach(() => {
  lifetime.end();
  Element.prototype.attachShadow = attachShadow;
  document.body.replaceChildren();
});

describe('the card', () => {
  it('puts nothing in the page until a card opens, and takes its host away when it closes', async () => {
    expect(hosts()).toHaveLength(0);
    ui.open(word('ByteDance'), [{ id: 'ent-bytedance', layer: 'entities' }]);
    expect(hosts()).toHaveLength(1);
    expect(ui.isOpen()).toBe(true);
    await until(() => root().querySelector('.bs-title')?.textContent === 'ByteDance');
    expect(root().querySelector('[role="dialog"]')).not.toBeNull();
    ui.close();
    expect(ui.isOpen()).toBe(false);
    expect(hosts()).toHaveLength(0);
  });

  it('gives a tab to each record over the same words, most specific first', async () => {
    ui.open(word('TikTok'), [{ id: 'ent-tiktok', layer: 'entities' }, { id: 'ent-bytedance', layer: 'entities' }]);
    await until(() => root().querySelectorAll('[role="tab"]').length === 2);
    await until(() => root().querySelector('.bs-title')?.textContent === 'TikTok');
  });

  it('closes on a press outside it, not on one inside, and gives focus back to where the reader was', async () => {
    const reader = document.getElementById('reader')!;
    reader.focus();
    ui.open(word('ByteDance'), [{ id: 'ent-bytedance', layer: 'entities' }]);
    await until(() => root().querySelector('.bs-title'));
    root().querySelector<HTMLElement>('.bs-close')!.focus(); // the reader tabs about the card
    expect(document.activeElement).not.toBe(reader);
    // A press in the card reaches the window retargeted to the host, as browsers do across a shadow boundary.
    hosts()[0]!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(ui.isOpen()).toBe(true);
    document.querySelector('p')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(ui.isOpen()).toBe(false);
    expect(document.activeElement).toBe(reader);
  });

  it('tells its own host from the page’s nodes, so a click on the card is not taken for a click on a word', async () => {
    expect(ui.owns(document.body)).toBe(false); // no host yet
    ui.open(word('ByteDance'), [{ id: 'ent-bytedance', layer: 'entities' }]);
    await until(() => root().querySelector('.bs-title'));
    expect(ui.owns(hosts()[0]!)).toBe(true);
    expect(ui.owns(document.body)).toBe(false);
    expect(ui.owns(document.querySelector('p')!)).toBe(false);
  });

  it('leaves nothing behind when the extension goes away with a card open', async () => {
    ui.open(word('ByteDance'), [{ id: 'ent-bytedance', layer: 'entities' }]);
    await until(() => root().querySelector('.bs-title'));
    lifetime.end();
    expect(hosts()).toHaveLength(0);
    expect(ui.isOpen()).toBe(false);
  });
});

describe('the hover preview', () => {
  it('shows the record’s name and one line beside the word, and takes the host away when hidden', async () => {
    ui.preview(word('ByteDance'), 'ent-bytedance');
    await until(() => root().querySelector('.bs-preview-title')?.textContent === 'ByteDance');
    expect(root().querySelector('[role="tooltip"]')?.textContent).toContain('The Beijing company');
    ui.hidePreview();
    expect(hosts()).toHaveLength(0);
  });

  it('shows only the last word pointed at when the pointer moves on before a record loads', async () => {
    // The first record answers last.
    let answerFirst!: () => void;
    loadCard.mockImplementationOnce((id) => new Promise((resolve) => (answerFirst = () => resolve(CARDS[id]!))));
    ui.preview(word('ByteDance'), 'ent-bytedance');
    ui.preview(word('TikTok'), 'ent-tiktok');
    await until(() => root().querySelector('.bs-preview-title'));
    answerFirst();
    await until(() => root().querySelector('.bs-preview-title'));
    await settle();
    expect([...root().querySelectorAll('.bs-preview-title')].map((e) => e.textContent)).toEqual(['TikTok']);
  });

  it('shows nothing, and adds nothing to the page, for a record that cannot be loaded', async () => {
    ui.preview(word('ByteDance'), 'ent-missing');
    await settle();
    expect(loadCard).toHaveBeenCalledWith('ent-missing');
    expect(hosts()).toHaveLength(0);
  });

  it('gives way to the card when the word is clicked', async () => {
    ui.preview(word('ByteDance'), 'ent-bytedance');
    await until(() => root().querySelector('.bs-preview'));
    ui.open(word('ByteDance'), [{ id: 'ent-bytedance', layer: 'entities' }]);
    expect(root().querySelector('.bs-preview')).toBeNull();
    await until(() => root().querySelector('.bs-title'));
  });
});

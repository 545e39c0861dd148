// @vitest-environment happy-dom
/**
 * Every UI string goes through `t`: rendered with a pseudo-locale that wraps each
 * message as ⟦key⟧, a component shows no letters outside those marks except the
 * content it was given (titles, names, file names, sites) and formatted dates.
 * A string typed straight into a component shows up here as plain English.
 */
import { render, type ComponentChild } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Translate } from '../../data/i18n.ts';
import { OptionsPage } from '../../components/OptionsPage.tsx';
import type { ImportState } from '../../components/ImportReview.tsx';
import type { InstalledData } from '../../data/protocol.ts';

const pseudoT: Translate = (key, ...subs) => `⟦${key}⟧${subs.length ? `(${subs.join('|')})` : ''}`;
const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];
afterEach(() => document.body.replaceChildren());

/** Text and labels of `el` that are neither a ⟦message⟧ nor one of the given content strings; kbd key names aside. */
export function untranslated(el: Element, content: readonly string[]): string[] {
  const known = [...content].filter((c) => c.trim()).sort((a, b) => b.length - a.length);
  const left = (text: string) => {
    let rest = text.replace(/⟦\w+⟧/g, ' ');
    for (const c of known) rest = rest.split(c).join(' ');
    return /\p{L}/u.test(rest) ? [text.trim()] : [];
  };
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) out.push(...left(node.textContent ?? ''));
    if (node.nodeType !== 1) return;
    const e = node as Element;
    if (e.tagName === 'KBD') return;
    for (const a of ATTRIBUTES) if (e.hasAttribute(a)) out.push(...left(e.getAttribute(a)!));
    e.childNodes.forEach(walk);
  };
  walk(el);
  return out;
}

function show(ui: ComponentChild): Element {
  const el = document.body.appendChild(document.createElement('div'));
  render(ui, el);
  return el;
}

describe('the options page in a pseudo-locale', () => {
  const installed: InstalledData = {
    bundled: { title: 'Bundled data', version: '2026.1', lastReviewed: '2026-01-10' },
    packs: [{ id: 'p1', title: 'Pack title', publisher: 'Publisher name', version: '3', created: '2026-02-01', counts: { entities: 1, events: 2, claims: 0, figures: 0, sources: 5 } }],
  } as InstalledData;
  const content = ['Bundled data', 'Pack title', 'Publisher name', 'news.example', 'pack.json', 'Record title', 'a problem message', 'events[0]', 'Jan', 'Feb'];
  const states: ImportState[] = [
    { step: 'checking', fileName: 'pack.json' },
    { step: 'problems', fileName: 'pack.json', problems: [{ path: 'events[0]', message: 'a problem message' }] },
    {
      step: 'review', fileName: 'pack.json',
      check: {
        valid: true, kind: 'claimreview', replaces: '2', header: { title: 'Pack title', publisher: 'Publisher name', version: '3' },
        changes: { added: [{ id: 'a', type: 'event', title: 'Record title' }], updated: [], removed: [{ id: 'b', type: 'claim', title: 'Record title' }], unchanged: 4 },
      } as never,
    },
  ];
  for (const state of states) {
    it(`leaves no English in the page while ${state.step}`, () => {
      const el = show(
        <OptionsPage installed={installed} importState={state} offSites={['news.example']} onFiles={() => {}} onApply={() => {}} onCancel={() => {}}
          onRemove={() => {}} onExport={() => {}} onSiteOn={() => {}} exportNote={pseudoT('optionsExportSaved', 'pack.json')} t={pseudoT} />,
      );
      expect(el.textContent).toContain('⟦optionsTitle⟧');
      expect(untranslated(el, content)).toEqual([]);
    });
  }

  it('finds a string that skipped t', () => {
    const el = show(<p aria-label="Close">⟦cardMore⟧ <span>Less</span></p>);
    expect(untranslated(el, content)).toEqual(['Close', 'Less']);
  });
});

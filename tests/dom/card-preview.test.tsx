// @vitest-environment happy-dom
/** The hover preview: a tooltip with the record's type, name, a claim's verdict, and about one line of its summary, as text. */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CardPreview } from '../../components/CardPreview.tsx';
import type { CardData } from '../../data/protocol.ts';

afterEach(() => document.body.replaceChildren());

const base = { facts: [], evidence: [], history: [], related: [], noSourceFound: false, timeline: [], sources: [], dataset: { version: '2026.01.01', lastReviewed: '2026-01-01' } };
const LONG = 'ByteDance is the Beijing technology company that owns TikTok and Douyin and was told by Congress to sell the app or see it banned.';

function show(card: CardData, dark = false) {
  const el = document.body.appendChild(document.createElement('div'));
  render(<CardPreview card={card} dark={dark} />, el);
  return el.querySelector<HTMLElement>('[role="tooltip"]')!;
}

describe('CardPreview', () => {
  it('shows the type, the name and about one line of the summary', () => {
    const tip = show({ ...base, id: 'ent-bytedance', type: 'entity', title: 'ByteDance', kicker: 'Company', summary: LONG });
    expect(tip.querySelector('.bs-kicker')?.textContent).toBe('Company');
    expect(tip.querySelector('.bs-preview-title')?.textContent).toBe('ByteDance');
    const line = tip.querySelector('.bs-preview-line')!.textContent!;
    expect(LONG.startsWith(line.replace(/…$/, '').trimEnd())).toBe(true);
    expect(line.split(/\s+/).length).toBeLessThanOrEqual(13);
    expect(tip.querySelector('.bs-verdict')).toBeNull();
  });

  it('shows a claim’s verdict, and takes the page’s dark theme', () => {
    const tip = show({ ...base, id: 'clm-x', type: 'claim', title: 'TikTok shares data with Beijing.', kicker: 'Claim check', summary: 'Why.', verdict: { key: 'unsupported', label: 'Unsupported', definition: 'No evidence.' } }, true);
    expect(tip.querySelector('.bs-verdict-unsupported')?.textContent).toBe('Unsupported');
    expect(tip.classList.contains('bs-dark')).toBe(true);
    expect(tip.classList.contains('bs-claim')).toBe(true);
  });

  it('renders record text as text, never as markup', () => {
    const tip = show({ ...base, id: 'ent-x', type: 'entity', title: '<img src=x onerror=alert(1)>', kicker: 'Company', summary: '<b>bold</b>' });
    expect(tip.querySelector('img, b')).toBeNull();
    expect(tip.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

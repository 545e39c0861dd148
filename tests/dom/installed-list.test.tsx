// @vitest-environment happy-dom
/** The options page's list of installed data: the bundled dataset, each pack with what it holds, and a Remove button per pack. */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InstalledList } from '../../components/InstalledList.tsx';
import type { InstalledData, InstalledPack } from '../../data/protocol.ts';

afterEach(() => document.body.replaceChildren());

const pack = (id: string, title: string, counts: Partial<InstalledPack['counts']>): InstalledPack => ({
  id, title, publisher: 'Example Newsroom', version: '1.0.0', created: '2026-01-05', installed: '2026-01-06T10:00:00Z',
  counts: { entities: 0, events: 0, claims: 0, figures: 0, sources: 0, ...counts },
} as InstalledPack);
const BUNDLED = { title: 'TikTok and the US', version: '2026.01.01', lastReviewed: '2026-01-01' };

function show(installed: InstalledData, removing?: string) {
  const onRemove = vi.fn();
  const el = document.body.appendChild(document.createElement('div'));
  render(<InstalledList installed={installed} removing={removing} onRemove={onRemove} />, el);
  return { el, onRemove };
}

describe('InstalledList', () => {
  it('lists the bundled data, and says so when no pack is installed', () => {
    const { el } = show({ bundled: BUNDLED, packs: [] });
    expect(el.querySelector('.bs-bundled')?.textContent).toContain('TikTok and the US');
    expect(el.querySelector('.bs-none')?.textContent).toBe('No context packs installed.');
    expect(el.querySelectorAll('button')).toHaveLength(0);
  });

  it('says what each pack holds in words, leaving out what it has none of', () => {
    const { el } = show({ bundled: BUNDLED, packs: [pack('p-one', 'Lemon8', { entities: 1, events: 12 }), pack('p-empty', 'Empty', {})] });
    const [one, empty] = [...el.querySelectorAll('.bs-pack .bs-meta')].map((m) => m.textContent);
    expect(one).toContain('1 entity, 12 events');
    expect(one).not.toMatch(/claims|figures|sources/);
    expect(empty).toContain('no records');
    expect(el.querySelector('.bs-none')).toBeNull();
  });

  it('removes the pack whose button is pressed, named for a screen reader, and disables it while removing', () => {
    const { el, onRemove } = show({ bundled: BUNDLED, packs: [pack('p-one', 'Lemon8', { entities: 1 }), pack('p-two', 'CapCut', { entities: 2 })] }, 'p-two');
    const buttons = [...el.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Remove Lemon8', 'Remove CapCut']);
    expect(buttons.map((b) => b.disabled)).toEqual([false, true]);
    buttons[0]!.click();
    expect(onRemove).toHaveBeenCalledExactlyOnceWith('p-one');
  });
});

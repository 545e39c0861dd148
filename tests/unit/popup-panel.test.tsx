// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupPanel } from '../../components/PopupPanel.tsx';
import { DEFAULT_LAYER_SETTINGS } from '../../data/layers.ts';

const host = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.replaceChildren();
});

describe('the popup', () => {
  it('says in one line that the context may be out of date, and how to update it', () => {
    const el = host();
    const open = vi.fn();
    render(<PopupPanel page={null} settings={DEFAULT_LAYER_SETTINGS} onToggle={() => {}} markEvery={false} onMarkEvery={() => {}} control={{ paused: false, offSites: [] }} onSiteOff={() => {}} onPause={() => {}} freshness={{ reviewed: '2026-01-23', stale: true }} onOpenOptions={open} />, el);
    const line = el.querySelector('.bs-stale');
    expect(line?.textContent).toBe('The context may be out of date (last reviewed 23 Jan 2026): import a newer pack on the options page.');
    (line!.querySelector('a') as HTMLAnchorElement).click();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('says nothing about freshness when the data is recent, and always links to the options page', () => {
    const el = host();
    const open = vi.fn();
    render(<PopupPanel page={null} settings={DEFAULT_LAYER_SETTINGS} onToggle={() => {}} markEvery={false} onMarkEvery={() => {}} control={{ paused: false, offSites: [] }} onSiteOff={() => {}} onPause={() => {}} freshness={{ reviewed: '2026-12-02', stale: false }} onOpenOptions={open} />, el);
    expect(el.querySelector('.bs-stale')).toBeNull();
    (el.querySelector('.bs-link') as HTMLButtonElement).click();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('opens the side panel from its button, and shows no button where the browser has no panel', () => {
    const el = host();
    const openPanel = vi.fn();
    const props = { page: null, settings: DEFAULT_LAYER_SETTINGS, onToggle: () => {}, markEvery: false, onMarkEvery: () => {}, control: { paused: false, offSites: [] }, onSiteOff: () => {}, onPause: () => {}, onOpenOptions: () => {} };
    render(<PopupPanel {...props} onOpenPanel={openPanel} />, el);
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Open the side panel')!;
    button.click();
    expect(openPanel).toHaveBeenCalledTimes(1);
    render(<PopupPanel {...props} />, el);
    expect(el.querySelector('.bs-panel-button')).toBeNull();
  });
});

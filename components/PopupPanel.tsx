import { LAYERS, LAYER_LABELS, type Layer, type LayerSettings } from '../data/layers.ts';
import { formatDate } from '../data/format-date.ts';
import { PublishedDate } from './PublishedDate.tsx';
import type { PageState } from '../data/protocol.ts';
import { offReason, siteOf, type SiteControl } from '../data/site-control.ts';

export interface PopupPanelProps {
  /** null: this tab has no Backstory (a browser page, a PDF, a tab opened before install). */
  page: PageState | null;
  settings: LayerSettings;
  onToggle(layer: Layer, on: boolean): void;
  /** "Mark every mention": off marks each record at its first mention per section. */
  markEvery: boolean;
  onMarkEvery(on: boolean): void;
  /** The newest review date of the installed data, and whether it is past STALE_AFTER_DAYS; absent until known. */
  freshness?: { reviewed: string; stale: boolean };
  /** Opens the options page (data and context packs). */
  onOpenOptions(): void;
  /** The reader's site control: off on this page's site, paused everywhere. */
  control: SiteControl;
  onSiteOff(site: string, off: boolean): void;
  onPause(paused: boolean): void;
  /** Opens the "On this page" side panel; absent where the browser has none. */
  onOpenPanel?(): void;
  /** Saves the reader's publish date for this page, or clears it (null); absent: no correcting. */
  onCorrectDate?(date: string | null): void;
}

const STATUS_TEXT: Record<PageState['status'], string> = {
  coverage: 'This page is coverage of TikTok / ByteDance.',
  passing: 'TikTok or ByteDance is mentioned here only in passing: nothing is annotated.',
  quiet: 'This page is not about TikTok or ByteDance.',
  off: 'Backstory is off here.',
};

/** The site of a page's address, or null for an address without one. */
function siteOfUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? siteOf(u.hostname) : null;
  } catch {
    return null;
  }
}

/** "Off on this site" and "Pause everywhere". */
function SiteSwitches({ site, control, onSiteOff, onPause }: { site: string | null } & Pick<PopupPanelProps, 'control' | 'onSiteOff' | 'onPause'>) {
  const off = site ? offReason({ ...control, paused: false }, site) === 'site' : false;
  return (
    <fieldset class="bs-site">
      <legend>Where Backstory runs</legend>
      {site && (
        <label>
          <input type="checkbox" role="switch" name="siteOff" checked={off} onChange={(e) => onSiteOff(site, (e.currentTarget as HTMLInputElement).checked)} />
          <span>Off on this site <span class="bs-site-name">({site})</span></span>
        </label>
      )}
      <label>
        <input type="checkbox" role="switch" name="paused" checked={control.paused} onChange={(e) => onPause((e.currentTarget as HTMLInputElement).checked)} />
        <span>Pause everywhere</span>
      </label>
    </fieldset>
  );
}

/** The toolbar popup: is this page coverage, how many annotations per layer, and the layer switches. */
export function PopupPanel({ page, settings, onToggle, markEvery, onMarkEvery, freshness, onOpenOptions, control, onSiteOff, onPause, onOpenPanel, onCorrectDate }: PopupPanelProps) {
  return (
    <main class="bs-popup">
      <h1>Backstory</h1>
      <p class={`bs-status bs-status-${page?.status ?? 'none'}`} role="status">
        {page ? STATUS_TEXT[page.status] : 'Backstory cannot read this tab. Reload the page to let it look.'}
      </p>
      {page?.status === 'coverage' && <PublishedDate key={page.url} page={page} onCorrect={onCorrectDate} />}
      {onOpenPanel && (
        <p class="bs-open-panel">
          <button type="button" class="bs-panel-button" onClick={onOpenPanel}>
            Open the side panel
          </button>
          <span class="bs-panel-key"><kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>B</kbd></span>
        </p>
      )}
      <fieldset>
        <legend>Layers</legend>
        <ul>
          {LAYERS.map((layer) => (
            <li key={layer}>
              <label>
                <input
                  type="checkbox"
                  role="switch"
                  name={layer}
                  checked={settings[layer]}
                  onChange={(e) => onToggle(layer, (e.currentTarget as HTMLInputElement).checked)}
                />
                <span class={`bs-swatch bs-swatch-${layer}`} aria-hidden="true" />
                <span class="bs-layer-name">{LAYER_LABELS[layer]}</span>
                <span class="bs-count" data-layer={layer} aria-label={`${page?.counts[layer] ?? 0} on this page`}>
                  {page?.counts[layer] ?? 0}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <label class="bs-every">
          <input
            type="checkbox"
            role="switch"
            name="markEvery"
            checked={markEvery}
            onChange={(e) => onMarkEvery((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>Mark every mention</span>
          <span class="bs-every-hint">{markEvery ? 'Every mention is marked.' : 'Each name is marked where it first appears in each section.'}</span>
        </label>
      </fieldset>
      <SiteSwitches site={page ? siteOfUrl(page.url) : null} control={control} onSiteOff={onSiteOff} onPause={onPause} />
      <p class="bs-keys">
        Keyboard: <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd> and <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>P</kbd> open the next and
        previous annotation's card.
      </p>
      {freshness?.stale && (
        <p class="bs-stale" role="note">
          The context may be out of date (last reviewed {formatDate(freshness.reviewed)}): import a newer pack on the{' '}
          <a href="#options" onClick={(e) => { e.preventDefault(); onOpenOptions(); }}>options page</a>.
        </p>
      )}
      <p class="bs-data-link">
        <button type="button" class="bs-link" onClick={onOpenOptions}>Data and context packs…</button>
      </p>
      <p class="bs-privacy">Everything stays on your device: Backstory sends nothing over the network.</p>
    </main>
  );
}

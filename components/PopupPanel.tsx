import { LAYERS, LAYER_LABEL_KEYS, type Layer, type LayerSettings } from '../data/layers.ts';
import { formatDate } from '../data/format-date.ts';
import { PublishedDate } from './PublishedDate.tsx';
import { englishT, type MessageKey, type Translate } from '../data/i18n.ts';
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
  /** UI strings (browser.i18n in the popup); English when absent. */
  t?: Translate;
  /** The browser's language, for dates. */
  locale?: string;
}

const STATUS_TEXT: Record<PageState['status'], MessageKey> = {
  coverage: 'popupStatusCoverage',
  passing: 'popupStatusPassing',
  quiet: 'popupStatusQuiet',
  off: 'popupStatusOff',
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
function SiteSwitches({ site, control, onSiteOff, onPause, t }: { site: string | null; t: Translate } & Pick<PopupPanelProps, 'control' | 'onSiteOff' | 'onPause'>) {
  const off = site ? offReason({ ...control, paused: false }, site) === 'site' : false;
  return (
    <fieldset class="bs-site">
      <legend>{t('popupWhereRuns')}</legend>
      {site && (
        <label>
          <input type="checkbox" role="switch" name="siteOff" checked={off} onChange={(e) => onSiteOff(site, (e.currentTarget as HTMLInputElement).checked)} />
          <span>{t('popupSiteOff')} <span class="bs-site-name">({site})</span></span>
        </label>
      )}
      <label>
        <input type="checkbox" role="switch" name="paused" checked={control.paused} onChange={(e) => onPause((e.currentTarget as HTMLInputElement).checked)} />
        <span>{t('popupPause')}</span>
      </label>
    </fieldset>
  );
}

/** The toolbar popup: is this page coverage, how many annotations per layer, and the layer switches. */
export function PopupPanel({ page, settings, onToggle, markEvery, onMarkEvery, freshness, onOpenOptions, control, onSiteOff, onPause, onOpenPanel, onCorrectDate, t = englishT, locale }: PopupPanelProps) {
  return (
    <main class="bs-popup">
      <h1>Backstory</h1>
      <p class={`bs-status bs-status-${page?.status ?? 'none'}`} role="status">
        {page ? t(STATUS_TEXT[page.status]) : t('popupStatusNone')}
      </p>
      {page?.status === 'coverage' && <PublishedDate key={page.url} page={page} onCorrect={onCorrectDate} t={t} locale={locale} />}
      {onOpenPanel && (
        <p class="bs-open-panel">
          <button type="button" class="bs-panel-button" onClick={onOpenPanel}>
            {t('popupOpenPanel')}
          </button>
          <span class="bs-panel-key"><kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>B</kbd></span>
        </p>
      )}
      <fieldset>
        <legend>{t('popupLayers')}</legend>
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
                <span class="bs-layer-name">{t(LAYER_LABEL_KEYS[layer])}</span>
                <span class="bs-count" data-layer={layer} aria-label={t('popupCountOnPage', page?.counts[layer] ?? 0)}>
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
          <span>{t('popupMarkEvery')}</span>
          <span class="bs-every-hint">{t(markEvery ? 'popupMarkEveryOn' : 'popupMarkEveryOff')}</span>
        </label>
      </fieldset>
      <SiteSwitches site={page ? siteOfUrl(page.url) : null} control={control} onSiteOff={onSiteOff} onPause={onPause} t={t} />
      <p class="bs-keys">
        {t('popupKeysBefore')} <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd> {t('popupKeysAnd')} <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>P</kbd>{' '}
        {t('popupKeysAfter')}
      </p>
      {freshness?.stale && (
        <p class="bs-stale" role="note">
          {t('popupStaleBefore', formatDate(freshness.reviewed, undefined, locale))}{' '}
          <a href="#options" onClick={(e) => { e.preventDefault(); onOpenOptions(); }}>{t('popupStaleLink')}</a>.
        </p>
      )}
      <p class="bs-data-link">
        <button type="button" class="bs-link" onClick={onOpenOptions}>{t('popupDataLink')}</button>
      </p>
      <p class="bs-privacy">{t('popupPrivacy')}</p>
    </main>
  );
}

import { useState } from 'preact/hooks';
import type { InstalledData } from '../data/protocol.ts';
import { ImportReview, type ImportState } from './ImportReview.tsx';
import { InstalledList } from './InstalledList.tsx';
import { englishT, type Translate } from '../data/i18n.ts';

export interface OptionsPageProps {
  installed: InstalledData | null;
  importState: ImportState;
  removing?: string;
  /** A message about the last export, or an error. */
  exportNote?: string;
  onFiles(files: File[]): void;
  onApply(): void;
  onCancel(): void;
  onRemove(id: string): void;
  onExport(): void;
  /** Sites the reader switched Backstory off on (from the popup), and turning one back on. */
  offSites: readonly string[];
  onSiteOn(site: string): void;
  /** UI strings (browser.i18n on the page); English when absent. */
  t?: Translate;
  /** The browser's language, for dates and plurals. */
  locale?: string;
}

/** The sites Backstory is off on, each with a button to turn it back on. */
function OffSites({ sites, onSiteOn, t }: { sites: readonly string[]; onSiteOn(site: string): void; t: Translate }) {
  return (
    <section aria-labelledby="bs-off-sites">
      <h2 id="bs-off-sites">{t('optionsOffSites')}</h2>
      {sites.length === 0 ? (
        <p>{t('optionsOffSitesNone')}</p>
      ) : (
        <ul class="bs-off-sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" onClick={() => onSiteOn(site)} aria-label={t('optionsRemoveSite', site)}>{t('optionsRemove')}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The options page: what is installed, importing a pack or fact checks (picker or drop), and export. */
export function OptionsPage(props: OptionsPageProps) {
  const { t = englishT, locale } = props;
  const [over, setOver] = useState(false);
  const busy = props.importState.step === 'checking' || props.importState.step === 'applying';
  return (
    <main class="bs-options">
      <h1>{t('optionsTitle')}</h1>
      <p class="bs-intro">{t('optionsIntro')}</p>
      {props.installed ? (
        <InstalledList installed={props.installed} removing={props.removing} onRemove={props.onRemove} t={t} locale={locale} />
      ) : (
        <p role="status">{t('optionsLoading')}</p>
      )}
      <section aria-labelledby="bs-import">
        <h2 id="bs-import">{t('optionsImport')}</h2>
        <div
          class={`bs-drop${over ? ' bs-drop-over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            props.onFiles([...(e.dataTransfer?.files ?? [])]);
          }}
        >
          <p>{t('optionsDrop')}</p>
          <label class="bs-pick">
            {t('optionsChoose')}
            <input
              type="file"
              name="pack"
              accept=".json,.jsonld,application/json,application/ld+json"
              disabled={busy}
              onChange={(e) => {
                const input = e.currentTarget as HTMLInputElement;
                props.onFiles([...(input.files ?? [])]);
                input.value = ''; // choosing the same file again is a new import
              }}
            />
          </label>
        </div>
        <ImportReview state={props.importState} onApply={props.onApply} onCancel={props.onCancel} t={t} locale={locale} />
      </section>
      <OffSites sites={props.offSites} onSiteOn={props.onSiteOn} t={t} />
      <section aria-labelledby="bs-export">
        <h2 id="bs-export">{t('optionsExport')}</h2>
        <p>{t('optionsExportIntro')}</p>
        <button type="button" class="bs-export" onClick={props.onExport}>{t('optionsExportButton')}</button>
        {props.exportNote && <p class="bs-export-note" role="status">{props.exportNote}</p>}
      </section>
    </main>
  );
}

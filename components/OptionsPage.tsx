import { useState } from 'preact/hooks';
import type { InstalledData } from '../data/protocol.ts';
import { ImportReview, type ImportState } from './ImportReview.tsx';
import { InstalledList } from './InstalledList.tsx';

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
}

/** The sites Backstory is off on, each with a button to turn it back on. */
function OffSites({ sites, onSiteOn }: { sites: readonly string[]; onSiteOn(site: string): void }) {
  return (
    <section aria-labelledby="bs-off-sites">
      <h2 id="bs-off-sites">Sites where Backstory is off</h2>
      {sites.length === 0 ? (
        <p>None. Use “Off on this site” in the toolbar popup to add one.</p>
      ) : (
        <ul class="bs-off-sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" onClick={() => onSiteOn(site)} aria-label={`Remove ${site}: Backstory runs there again`}>Remove</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The options page: what is installed, importing a pack or fact checks (picker or drop), and export. */
export function OptionsPage(props: OptionsPageProps) {
  const [over, setOver] = useState(false);
  const busy = props.importState.step === 'checking' || props.importState.step === 'applying';
  return (
    <main class="bs-options">
      <h1>Backstory: data and context packs</h1>
      <p class="bs-intro">
        Backstory ships with a dataset. A context pack adds newer records, or corrects bundled ones, without a new build.
        Everything stays on this device.
      </p>
      {props.installed ? (
        <InstalledList installed={props.installed} removing={props.removing} onRemove={props.onRemove} />
      ) : (
        <p role="status">Loading what is installed…</p>
      )}
      <section aria-labelledby="bs-import">
        <h2 id="bs-import">Import</h2>
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
          <p>Drop a pack file (.json) or a ClaimReview file (.json, .jsonld) here, or</p>
          <label class="bs-pick">
            Choose a file…
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
        <ImportReview state={props.importState} onApply={props.onApply} onCancel={props.onCancel} />
      </section>
      <OffSites sites={props.offSites} onSiteOn={props.onSiteOn} />
      <section aria-labelledby="bs-export">
        <h2 id="bs-export">Export</h2>
        <p>Save the current data (bundled and packs together) as one pack file, which Import accepts.</p>
        <button type="button" class="bs-export" onClick={props.onExport}>Export data</button>
        {props.exportNote && <p class="bs-export-note" role="status">{props.exportNote}</p>}
      </section>
    </main>
  );
}

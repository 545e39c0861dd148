/**
 * The options page's shell: reads the chosen file, hands its text to the
 * background (which validates and stores), and shows the answers. The size
 * limit is checked here first, so a huge file is never read.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ImportState } from '../../components/ImportReview.tsx';
import { OptionsPage } from '../../components/OptionsPage.tsx';
import { FILE_PATH, fileSizeProblem } from '../../data/records/pack-limits.ts';
import type { InstalledData, Result } from '../../data/protocol.ts';
import { browser } from 'wxt/browser';
import { readSiteControl, SITE_CONTROL_KEY, withSite, type SiteControl } from '../../data/site-control.ts';
import { sendMessage } from './messaging.ts';
import { createT } from '../../data/i18n.ts';

/** UI strings from _locales/, in the browser's language. */
const t = createT((key, subs) => browser.i18n.getMessage(key as never, subs));
const locale = browser.i18n.getUILanguage();

const readControl = async () => readSiteControl((await browser.storage.local.get(SITE_CONTROL_KEY))[SITE_CONTROL_KEY]);

function unwrap<T>(res: Result<T>): T {
  if (!res.ok) throw new Error(res.error);
  return res.value;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Saves text as a file through a temporary link: no downloads permission needed. */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Options() {
  const [installed, setInstalled] = useState<InstalledData | null>(null);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [pending, setPending] = useState<{ text: string; fileName: string } | null>(null);
  const [removing, setRemoving] = useState<string>();
  const [exportNote, setExportNote] = useState<string>();
  const [control, setControl] = useState<SiteControl>(readSiteControl(undefined));

  useEffect(() => {
    void readControl().then(setControl);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SITE_CONTROL_KEY in changes) setControl(readSiteControl(changes[SITE_CONTROL_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  async function onSiteOn(site: string) {
    const next = withSite(await readControl(), site, false);
    await browser.storage.local.set({ [SITE_CONTROL_KEY]: next });
    setControl(next);
  }

  useEffect(() => {
    sendMessage('getInstalled', undefined).then(unwrap).then(setInstalled, (e) => setState({ step: 'error', message: message(e) }));
  }, []);

  async function onFiles(files: File[]) {
    if (files.length !== 1) {
      const message = t(files.length === 0 ? 'optionsDropNothing' : 'optionsDropMany');
      setState({ step: 'problems', fileName: t('optionsTheDrop'), problems: [{ path: FILE_PATH, message }] });
      return;
    }
    const file = files[0]!;
    const tooBig = fileSizeProblem(file.size, t);
    if (tooBig) {
      setState({ step: 'problems', fileName: file.name, problems: [tooBig] });
      return;
    }
    setState({ step: 'checking', fileName: file.name });
    try {
      const request = { text: await file.text(), fileName: file.name };
      const check = unwrap(await sendMessage('checkImport', request));
      if (check.valid) {
        setPending(request);
        setState({ step: 'review', fileName: file.name, check });
      } else setState({ step: 'problems', fileName: file.name, problems: check.problems });
    } catch (e) {
      setState({ step: 'error', message: t('optionsNotChecked', file.name, message(e)) });
    }
  }

  async function onApply() {
    if (!pending) return;
    setState({ step: 'applying', fileName: pending.fileName });
    try {
      const { check, installed: next } = unwrap(await sendMessage('applyImport', pending));
      setInstalled(next);
      setState(
        check.valid
          ? { step: 'done', message: t('optionsInstalledPack', check.header.title, check.header.version) }
          : { step: 'problems', fileName: pending.fileName, problems: check.problems },
      );
    } catch (e) {
      setState({ step: 'error', message: t('optionsNotInstalled', message(e)) });
    }
    setPending(null);
  }

  async function onRemove(id: string) {
    setRemoving(id);
    try {
      setInstalled(unwrap(await sendMessage('removePack', { id })));
      setState({ step: 'done', message: t('optionsPackRemoved') });
    } catch (e) {
      setState({ step: 'error', message: t('optionsNotRemoved', message(e)) });
    }
    setRemoving(undefined);
  }

  async function onExport() {
    try {
      const { fileName, text } = unwrap(await sendMessage('exportData', undefined));
      download(fileName, text);
      setExportNote(t('optionsExportSaved', fileName));
    } catch (e) {
      setExportNote(t('optionsExportFailed', message(e)));
    }
  }

  return (
    <OptionsPage
      installed={installed}
      importState={state}
      removing={removing}
      exportNote={exportNote}
      onFiles={(f) => void onFiles(f)}
      onApply={() => void onApply()}
      onCancel={() => {
        setPending(null);
        setState({ step: 'idle' });
      }}
      onRemove={(id) => void onRemove(id)}
      onExport={() => void onExport()}
      offSites={control.offSites}
      onSiteOn={(site) => void onSiteOn(site)}
      t={t}
      locale={locale}
    />
  );
}

render(<Options />, document.getElementById('app')!);

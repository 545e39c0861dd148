/**
 * The architecture rules in eslint.config.js, each shown catching a planted
 * violation (and letting the legitimate form through), so a rule that stops
 * matching fails here rather than silently letting code across a boundary.
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

/** The messages ESLint gives `code` as if it were the file at `path`. */
async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.map((m) => m.message);
}

const cases: [string, string, string, RegExp][] = [
  ['content imports the background', 'entrypoints/content/planted.ts', "import { seedDataset } from '../background/seed.ts';\nvoid seedDataset;", /shares only data/],
  ['content imports Dexie', 'entrypoints/content/planted.ts', "import Dexie from 'dexie';\nvoid Dexie;", /never opens IndexedDB/],
  ['content imports zod', 'entrypoints/content/planted.ts', "import * as z from 'zod';\nvoid z;", /zod stays out of the page/],
  ['the background imports content code', 'entrypoints/background/planted.ts', "import { passesGate } from '../content/gate.ts';\nvoid passesGate;", /shares only data/],
  ['the popup imports the background', 'entrypoints/popup/planted.ts', "import { seedDataset } from '../background/seed.ts';\nvoid seedDataset;", /share only data/],
  ['the side panel imports content code', 'entrypoints/sidepanel/planted.ts', "import { flashRange } from '../content/flash.ts';\nvoid flashRange;", /share only data/],
  ['a component calls a browser API', 'components/Planted.tsx', 'export const p = () => browser.storage.local.get("x");', /Browser APIs stay in entrypoints/],
  ['a component imports wxt/browser', 'components/Planted.tsx', "import { browser } from 'wxt/browser';\nvoid browser;", /take data through props/],
  ['data/ reads the document', 'data/planted.ts', 'export const p = () => document.title;', /data\/ is pure/],
  ['data/ imports a context', 'data/planted.ts', "import { passesGate } from '../entrypoints/content/gate.ts';\nvoid passesGate;", /data\/ is pure/],
  ['data/match imports the records', 'data/match/planted.ts', "import { datasetSchema } from '../records/schema.ts';\nvoid datasetSchema;", /page-side core/],
  ['data/match imports zod', 'data/match/planted.ts', "import * as z from 'zod';\nvoid z;", /page-side core/],
  ['data/match reads the document', 'data/match/planted.ts', 'export const p = () => document.title;', /data\/ is pure/],
  ['product code writes innerHTML', 'entrypoints/content/planted.ts', 'export const p = (el: Element, s: string) => { el.innerHTML = s; };', /Never write HTML/],
  ['a component renders HTML', 'components/Planted.tsx', 'export const P = ({ s }: { s: string }) => <div dangerouslySetInnerHTML={{ __html: s }} />;', /never as HTML/],
  ['product code builds a RegExp', 'data/planted.ts', 'export const p = (s: string) => new RegExp(s);', /No RegExp/],
];

describe('the lint rules for the architecture', () => {
  for (const [what, path, code, message] of cases) {
    it(`fails when ${what}`, async () => {
      expect(await lint(path, code)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    });
  }

  it('lets a content module import types from the background, and data/ from components', async () => {
    expect(await lint('entrypoints/content/planted.ts', "import type { MetaRow } from '../background/database.ts';\nexport type X = MetaRow;")).toEqual([]);
    expect(await lint('components/Planted.tsx', "import { formatDate } from '../data/format-date.ts';\nexport const P = () => <p>{formatDate('2024-03-13')}</p>;")).toEqual([]);
  });
});

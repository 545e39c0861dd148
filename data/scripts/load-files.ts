/** Reads the dataset files from disk (Node tooling only). */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATASET_FILES, type DatasetFiles } from '../records/lint-dataset.ts';

export const DATASET_DIR = resolve(import.meta.dirname, '../dataset');

export function readDatasetFiles(dir = DATASET_DIR): DatasetFiles {
  return Object.fromEntries(DATASET_FILES.map((f) => [f, readFileSync(resolve(dir, `${f}.json`), 'utf8')])) as DatasetFiles;
}

export function writeDatasetFile(name: string, text: string, dir = DATASET_DIR) {
  writeFileSync(resolve(dir, `${name}.json`), text);
}

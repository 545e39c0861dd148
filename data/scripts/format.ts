/** npm run data:format — rewrites the record files in the one stable format the lint accepts. */
import { DATASET_FILES, formatRecords } from '../records/lint-dataset.ts';
import { readDatasetFiles, writeDatasetFile } from './load-files.ts';

const files = readDatasetFiles();
for (const name of DATASET_FILES) {
  if (name === 'meta') continue;
  writeDatasetFile(name, formatRecords(JSON.parse(files[name])));
}
console.log('formatted', DATASET_FILES.filter((f) => f !== 'meta').join(', '));

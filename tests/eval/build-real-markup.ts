/** npm run corpus:build: rebuilds the real-markup pages and rewrites the checked-in manifest. */
import { writeFileSync } from 'node:fs';
import { buildRealMarkup, MANIFEST_FILE, manifestJson } from './real-markup.ts';

const manifest = await buildRealMarkup();
writeFileSync(MANIFEST_FILE, manifestJson(manifest));
const hosts = new Set(manifest.map((m) => m.host)).size;
console.log(`${manifest.length} pages on ${hosts} host pages; manifest written to ${MANIFEST_FILE}`);

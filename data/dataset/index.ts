/** The bundled dataset as raw JSON: untrusted until `datasetSchema` has parsed it. */
import meta from './meta.json';
import sources from './sources.json';
import entities from './entities.json';
import events from './events.json';
import claims from './claims.json';
import figures from './figures.json';

export const bundledDataset: unknown = { meta, sources, entities, events, claims, figures };

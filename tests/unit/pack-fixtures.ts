/** Packs for unit tests, built over the small fixture dataset. */
import { datasetSchema, type Dataset, type PackInput } from '../../data/records/schema.ts';
import { miniDataset } from './fixture-dataset.ts';

export const miniBundled = (): Dataset => datasetSchema.parse(miniDataset());

export function goodPack(over: Partial<PackInput['pack']> = {}): PackInput {
  return {
    pack: { id: 'test-pack', title: 'Test pack', publisher: 'Tests', version: '2026.02.01', created: '2026-02-01', ...over },
    entities: [
      { id: 'ent-app-stores', kind: 'organisation', name: 'App stores', summary: 'Where apps are sold.', role: 'The ban works through them.', related: ['evt-2025-01-17-ruling'], sources: ['src-b'], aliases: ['app stores'] },
      { id: 'ent-oracle', kind: 'company', name: 'Oracle Corporation', summary: 'Cloud company; a managing investor of the joint venture.', role: 'Hosts data.', sources: ['src-a'], aliases: [{ text: 'Oracle', case: 'exact', note: 'the company, not the word' }] },
    ],
    sources: [{ id: 'src-b', url: 'https://example.com/b', publisher: 'Example', title: 'B story', published: '2026-01-30', kind: 'news', confidence: 'high' }],
  };
}

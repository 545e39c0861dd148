import { LAYERS, type LayerCounts } from './layers.ts';

export const countAll = (counts: LayerCounts) => LAYERS.reduce((sum, layer) => sum + counts[layer], 0);

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconFile, iconPaths } from '../../data/icons.ts';
import { pngSize } from '../png-size.ts';

const PUBLIC = resolve(import.meta.dirname, '../../public');
describe('the icons', () => {
  it.each(ICON_SIZES.flatMap((size) => (['on', 'off'] as const).map((state) => [state, size] as const)))(
    'ships the %s icon at %i px as a square PNG of that size',
    (state, size) => {
      expect(pngSize(readFileSync(resolve(PUBLIC, iconFile(state, size))))).toEqual({ width: size, height: size });
    },
  );

  it('draws "off on this site" differently from the normal icon at every size', () => {
    for (const size of ICON_SIZES) {
      expect(readFileSync(resolve(PUBLIC, iconFile('off', size)))).not.toEqual(readFileSync(resolve(PUBLIC, iconFile('on', size))));
    }
  });

  it('names one file per size for each state', () => {
    expect(Object.keys(iconPaths('on')).map(Number)).toEqual([...ICON_SIZES]);
    expect(new Set([...Object.values(iconPaths('on')), ...Object.values(iconPaths('off'))]).size).toBe(ICON_SIZES.length * 2);
  });
});

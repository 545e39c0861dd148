import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../entrypoints/background/commands.ts';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('README on the side panel', () => {
  it('lists exactly the shortcuts the manifest declares, in order', () => {
    const table = readme.slice(readme.indexOf('<!-- commands:start -->'), readme.indexOf('<!-- commands:end -->'));
    const keys = [...table.matchAll(/^\| \*\*([^*]+)\*\* \|/gm)].map((m) => m[1]);
    expect(keys).toEqual(Object.values(COMMANDS).map((c) => c.key));
  });

  it('says what the sidePanel permission costs at install', () => {
    expect(readme).toContain("The sidePanel permission adds no line to Chrome's install prompt.");
  });
});

import { describe, expect, it } from 'vitest';
import { fileSizeProblem, MAX_JSON_DEPTH } from '../../data/records/pack-limits.ts';
import { checkImport } from '../../data/records/pack-import.ts';
import { forbiddenKeys, jsonDepth, readJsonSafely } from '../../data/records/safe-json.ts';
import { miniBundled } from './pack-fixtures.ts';

const problems = (text: string) => {
  const out = readJsonSafely(text);
  return out.ok ? [] : out.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('reading a hostile file', () => {
  it('refuses a 50 MB file by its size, before reading it', () => {
    expect(fileSizeProblem(50 * 1024 * 1024)).toEqual({ path: '(file)', message: 'the file is 50.0 MB; a pack may be at most 8.0 MB' });
    expect(fileSizeProblem(1024)).toBeNull();
  });

  it('refuses 50 MB of text even if it reaches the parser', () => {
    expect(problems(' '.repeat(50 * 1024 * 1024))).toEqual(['(file): the file is 50.0 MB; a pack may be at most 8.0 MB']);
  });

  it('refuses deep nesting before parsing, and ignores brackets inside strings', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(problems(deep)).toEqual([`(file): the JSON is nested 100000 levels deep; at most ${MAX_JSON_DEPTH} are allowed`]);
    expect(jsonDepth('{"a": "[[[[\\"[[[", "b": [1, {"c": []}]}')).toBe(4);
  });

  it('refuses __proto__, constructor and prototype keys anywhere, naming each path', () => {
    const text = '{"pack": {"__proto__": {"x": 1}}, "entities": [{"constructor": 1, "prototype": 2}]}';
    expect(problems(text)).toEqual([
      'entities[0].constructor: a key named constructor is not allowed',
      'entities[0].prototype: a key named prototype is not allowed',
      'pack.__proto__: a key named __proto__ is not allowed',
    ]);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(forbiddenKeys(JSON.parse('[{"a": {"b": [{"__proto__": 0}]}}]'))).toEqual(['[0].a.b[0].__proto__']);
  });

  it('says plainly when the file is not JSON', () => {
    expect(problems('{"pack": ')[0]).toMatch(/^\(file\): not valid JSON \(/);
  });

  it('refuses a javascript: link in a pack source, at its path', () => {
    const text = JSON.stringify({
      pack: { id: 'p', title: 'P', publisher: 'P', version: '1', created: '2026-12-01' },
      sources: [{ id: 'src-x', url: 'javascript:alert(document.cookie)', publisher: 'X', title: 'X', published: null, kind: 'news', confidence: 'low' }],
    });
    const { check } = checkImport({ text, fileName: 'p.json', bundled: miniBundled(), installed: [], today: '2026-12-02' });
    expect(check.valid ? [] : check.problems).toEqual([{ path: 'sources[0].url', message: 'must be an absolute http(s) URL' }]);
  });

  it('checks 100,000 records without stalling: refused on the count alone', () => {
    const text = JSON.stringify({ pack: { id: 'p', title: 'P', publisher: 'P', version: '1', created: '2026-12-01' }, claims: Array.from({ length: 100_000 }, (_, i) => ({ id: `clm-${i}` })) });
    const { check } = checkImport({ text, fileName: 'p.json', bundled: miniBundled(), installed: [], today: '2026-12-02' });
    // Only the count problem: no per-record problems were produced, so the records were never checked one by one.
    expect(check.valid ? [] : check.problems.map((p) => p.message)).toEqual(['the pack has 100,000 records and sources; at most 10,000 are allowed']);
  });
});

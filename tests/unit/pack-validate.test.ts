import { describe, expect, it } from 'vitest';
import { parsePack, validatePack } from '../../data/records/pack-validate.ts';
import { MAX_PACK_RECORDS } from '../../data/records/pack-limits.ts';
import { packSchema, type Pack, type PackInput } from '../../data/records/schema.ts';
import { goodPack, miniBundled } from './pack-fixtures.ts';

const problemsOf = (raw: unknown, installed: Pack[] = []) => {
  const out = validatePack(raw, miniBundled(), installed);
  return out.ok ? [] : out.problems.map((p) => `${p.path}: ${p.message}`);
};
const withPack = (edit: (p: PackInput & { [k: string]: unknown }) => void) => {
  const p = structuredClone(goodPack()) as PackInput & { [k: string]: unknown };
  edit(p);
  return p;
};

describe('validatePack', () => {
  it('accepts a good pack, filling defaults as the bundled data does', () => {
    const out = validatePack(goodPack(), miniBundled(), []);
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.pack.events).toEqual([]);
  });

  it('says what is wrong with the header', () => {
    expect(problemsOf({ entities: [] })).toEqual(['pack: is required']);
    expect(problemsOf(withPack((p) => { p.pack.version = 'v2'; p.pack.id = 'My Pack'; p.pack.created = '1 Feb 2026'; }))).toEqual([
      'pack.id: expected a pack id of lowercase letters, digits and hyphens, like backstory-2026-q4',
      'pack.version: expected a version like 2026.12.15 or 1.2.0',
      'pack.created: expected an ISO date like 2026-03-05',
    ]);
  });

  it('refuses something that is not a pack object at all', () => {
    expect(problemsOf([1, 2])).toEqual(['(file): expected a pack: an object { "pack": { id, title, publisher, version, created }, "entities": [...], ... }']);
  });

  it('gives schema problems with their JSON path and a plain message', () => {
    const p = withPack((p) => {
      p.events = [{ id: 'evt-x', date: '2026-3-5', precision: 'day', title: 'X', summary: 'Y', sources: ['src-a'] }];
      (p.entities![0] as Record<string, unknown>).kind = 'band';
      (p.entities![0] as Record<string, unknown>).colour = 'red';
      p.sources![0]!.url = 'javascript:alert(1)';
    });
    expect(problemsOf(p)).toEqual([
      'entities[0].kind: expected one of "company", "person", "government-body", "law", "court-case", "product", "program", "organisation", got "band"',
      'entities[0]: unknown field "colour"',
      'events[0].date: expected an ISO date like 2026-03-05 (or 2026-03, or 2026)',
      'sources[0].url: must be an absolute http(s) URL',
    ]);
  });

  it('reports an unknown source at its exact path', () => {
    const p = withPack((p) => {
      p.claims = [{ id: 'clm-x', statement: 'X', verdict: 'supported', explanation: 'E', evidence: ['e'], sources: ['src-a', 'src-foo'], aliases: ['x said'] }];
    });
    expect(problemsOf(p)).toEqual(['claims[0].sources[1]: src-foo is not a known source']);
  });

  it('resolves references against the bundled data, the pack itself and other packs', () => {
    const other = packSchema.parse({ ...goodPack({ id: 'other' }), entities: [], sources: [{ id: 'src-c', url: 'https://example.com/c', publisher: 'E', title: 'C', published: '2026-01-01', kind: 'news', confidence: 'high' }] });
    const p = withPack((p) => { p.entities![0]!.sources = ['src-b', 'src-c', 'src-a']; });
    expect(problemsOf(p, [other])).toEqual([]);
    expect(problemsOf(p)).toEqual(['entities[0].sources[1]: src-c is not a known source']);
  });

  it('checks that each reference points at a record of the right type', () => {
    const p = withPack((p) => {
      p.entities![0]!.related = ['evt-nope'];
      p.events = [{ id: 'evt-x', date: '2026-03-05', end: '2026-03-01', precision: 'day', title: 'X', summary: 'Y', sources: ['src-a'], entities: ['ent-nope'], follows: ['evt-2025-01-17-ruling', 'evt-gone'] }];
    });
    expect(problemsOf(p)).toEqual([
      'entities[0].related[0]: evt-nope is not a known event',
      'events[0].entities[0]: ent-nope is not a known entity',
      'events[0].follows[1]: evt-gone is not a known event',
      'events[0].end: ends (2026-03-01) before it starts (2026-03-05)',
    ]);
  });

  it('applies the claim rules: a verdict or rating, a source or noSourceFound, a way to be recognised', () => {
    const p = withPack((p) => {
      p.claims = [
        { id: 'clm-a', statement: 'A', explanation: 'E', evidence: ['e'], sources: ['src-a'], aliases: ['a'] } as never,
        { id: 'clm-b', statement: 'B', verdict: 'supported', explanation: 'E', evidence: ['e'], sources: [], aliases: ['b claim'] },
        { id: 'clm-c', statement: 'C', verdict: 'supported', explanation: 'E', evidence: ['e'], sources: ['src-a'], noSourceFound: true },
      ];
    });
    expect(parsePack(p).ok).toBe(false);
    expect(problemsOf(p)).toEqual(['claims[0].verdict: a claim needs a verdict, or the fact-checker’s own rating']);
    p.claims![0]!.rating = 'Pants on Fire';
    expect(problemsOf(p)).toEqual([
      'claims[1].sources: a claim needs a source, or noSourceFound: true',
      'claims[2].noSourceFound: is true, but sources are listed',
      'claims[2].aliases: a claim needs wording variants (aliases) or cues to be recognised',
    ]);
  });

  it('wants a note on every alias with a rule, and unique ids within the pack', () => {
    const p = withPack((p) => {
      p.entities![0]!.aliases = ['app stores', { text: 'stores', context: ['app'] }];
      p.entities!.push({ ...p.entities![0]!, aliases: ['the app stores'] });
    });
    expect(problemsOf(p)).toEqual([
      'entities[2].id: ent-app-stores appears twice in this pack (first at entities[0])',
      'entities[0].aliases[1]: alias "stores" has a case or context rule but no note saying why',
    ]);
  });

  it('refuses a spelling already claimed by another record unless a context tells them apart', () => {
    const p = withPack((p) => { p.entities![0]!.aliases = ['app stores', 'ByteDance']; });
    expect(problemsOf(p)).toEqual(['entities[0].aliases[1]: "bytedance" is also a spelling of ent-bytedance; give one of them a context to tell them apart']);
  });

  it('replaces an installed pack with a newer or equal version, and refuses an older one with the reason', () => {
    const installed = packSchema.parse(goodPack({ version: '2026.02.10' }));
    expect(problemsOf(goodPack({ version: '2026.02.10' }), [installed])).toEqual([]);
    expect(problemsOf(goodPack({ version: '2026.2.11' }), [installed])).toEqual([]);
    expect(problemsOf(goodPack({ version: '2026.02.09' }), [installed])).toEqual([
      'pack.version: version 2026.02.09 is older than the installed version 2026.02.10 of "Test pack"; remove the installed one first to go back',
    ]);
  });

  it(`refuses more than ${MAX_PACK_RECORDS} records before validating any of them`, () => {
    const many = { ...goodPack(), entities: Array.from({ length: 100_000 }, () => ({})) };
    const start = performance.now();
    expect(problemsOf(many)).toEqual(['(file): the pack has 100,001 records and sources; at most 10,000 are allowed']);
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('lists at most 200 problems and counts the rest', () => {
    const many = { ...goodPack(), entities: Array.from({ length: 500 }, () => ({ id: 'x' })) };
    const out = validatePack(many, miniBundled(), []);
    expect(out.ok ? [] : out.problems).toHaveLength(201);
    expect(out.ok ? '' : out.problems.at(-1)!.message).toMatch(/^and \d+ more problems$/);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { route, PROTOTYPE_NAMES, type Handler } from '../../data/message-router.ts';
import { cardDataSchema, MAX_COUNT, packTermsSchema, pageStateSchema, requestSchemas } from '../../data/protocol.ts';
import { datasetSchema } from '../../data/records/schema.ts';
import { miniDataset } from './fixture-dataset.ts';

const state = (counts: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  url: 'https://news.example/a',
  status: 'coverage',
  counts: { entities: 1, timeline: 0, claims: 0, figures: 0, ...counts },
  published: null,
  ...extra,
});

describe('message payloads are strict', () => {
  it('accepts an ordinary page report', () => {
    expect(requestSchemas.reportPage.safeParse(state({})).success).toBe(true);
  });

  it.each([[-1], [0.5], [1e308], [Infinity], [NaN], [MAX_COUNT + 1], ['3']])('refuses the count %s in a page report', (n) => {
    expect(requestSchemas.reportPage.safeParse(state({ entities: n })).success).toBe(false);
  });

  it('refuses a page report with a key it does not define, or a megabyte URL', () => {
    expect(requestSchemas.reportPage.safeParse(state({}, { extra: 1 })).success).toBe(false);
    expect(requestSchemas.reportPage.safeParse(state({}, { url: 'https://a.example/' + 'x'.repeat(10_000) })).success).toBe(false);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('refuses a %s key in any message object', (key) => {
    const withKey = (o: object) => JSON.parse(JSON.stringify(o).replace(/^\{/, `{"${key}":{"polluted":true},`)) as unknown;
    expect(requestSchemas.getCard.safeParse(withKey({ id: 'ent-bytedance' })).success).toBe(false);
    expect(requestSchemas.reportPage.safeParse(withKey(state({}))).success).toBe(false);
    expect(requestSchemas.checkImport.safeParse(withKey({ text: '{}', fileName: 'a.json' })).success).toBe(false);
    expect(pageStateSchema.safeParse({ ...state({}), counts: withKey(state({}).counts) }).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('asks for a card only by a record id, never by a prototype name', () => {
    expect(requestSchemas.getCard.safeParse({ id: 'clm-oracle-servers' }).success).toBe(true);
    for (const id of ['constructor', '__proto__', 'toString', '', 'ent-', 'ENT-X']) {
      expect(requestSchemas.getCard.safeParse({ id }).success).toBe(false);
    }
  });

  it('refuses extra keys in the answers that cross into a page', () => {
    expect(packTermsSchema.safeParse({ revision: 'r', terms: [], cues: [], replaced: [], html: '<b>' }).success).toBe(false);
    expect(cardDataSchema.safeParse({ constructor: 1 }).success).toBe(false);
  });
});

describe('the dataset schema is strict', () => {
  it('accepts the test dataset', () => {
    expect(datasetSchema.safeParse(miniDataset()).success).toBe(true);
  });
  it.each(['__proto__', 'constructor', 'toString'])('refuses a %s key at the top and inside a record', (key) => {
    const text = JSON.stringify(miniDataset());
    const top = JSON.parse(text.replace(/^\{/, `{"${key}":{"polluted":true},`)) as unknown;
    expect(datasetSchema.safeParse(top).success).toBe(false);
    const inner = JSON.parse(text.replace('{"id":"ent-bytedance"', `{"${key}":{"polluted":true},"id":"ent-bytedance"`)) as unknown;
    expect(datasetSchema.safeParse(inner).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('routing a runtime message', () => {
  const known = new Set(Object.keys(requestSchemas));
  const envelope = (type: string, data?: unknown) => ({ id: 1, type, data, timestamp: 1 });
  const sender = { id: 'backstory', url: 'https://news.example/a' };

  it('answers a known type from its handler', async () => {
    const handlers = new Map<string, Handler<typeof sender>>([['getCard', ({ data }) => ({ ok: true, value: data })]]);
    await expect(route(handlers, known, envelope('getCard', { id: 'ent-a' }), sender)).resolves.toEqual({ res: { ok: true, value: { id: 'ent-a' } } });
  });

  it.each([...PROTOTYPE_NAMES, 'unknownType', ''])('gives no answer at all to the type %j', (type) => {
    const handlers = new Map<string, Handler<typeof sender>>([['getCard', () => ({ ok: true, value: null })]]);
    expect(route(handlers, known, envelope(type), sender)).toBeUndefined();
  });

  it('gives no answer to a malformed envelope', () => {
    const handler = vi.fn();
    const handlers = new Map<string, Handler<typeof sender>>([['getCard', handler]]);
    for (const m of [null, 'getCard', [], { type: 'getCard' }, { ...envelope('getCard'), extra: 1 }, { ...envelope('getCard'), id: -1 }]) {
      expect(route(handlers, known, m, sender)).toBeUndefined();
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers a plain failure, never a stack trace, when a handler throws', async () => {
    const handlers = new Map<string, Handler<typeof sender>>([['getCard', () => { throw new Error(`secret ${sender.url}`); }]]);
    const answer = await route(handlers, known, envelope('getCard', { id: 'ent-a' }), sender);
    expect(answer).toEqual({ res: { ok: false, error: 'Backstory could not answer that request.' } });
    expect(JSON.stringify(answer)).not.toContain('news.example');
  });
});

describe('every bundled record makes a card the strict schema accepts', () => {
  it('builds and validates a card for each record', async () => {
    const { bundledDataset } = await import('../../data/dataset/index.ts');
    const { buildCardData } = await import('../../data/records/card-data.ts');
    const { allRecords } = await import('../../data/records/term-index.ts');
    const { followersIndex } = await import('../../data/records/links.ts');
    const ds = datasetSchema.parse(bundledDataset);
    const records = new Map(allRecords(ds).map((r) => [r.id, r]));
    const sources = new Map(ds.sources.map((s) => [s.id, s]));
    const followers = followersIndex(ds);
    const failures = [...records.values()].filter((r) => {
      const card = buildCardData(r, { record: (id) => records.get(id), source: (id) => sources.get(id), followersOf: (id) => followers[id] ?? [], meta: ds.meta });
      return !cardDataSchema.safeParse(card).success;
    });
    expect(records.size).toBeGreaterThan(50);
    expect(failures.map((r) => r.id)).toEqual([]);
  });
});

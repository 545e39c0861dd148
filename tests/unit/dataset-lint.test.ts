import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  containsNumber, DATASET_FILES, figuresWithoutNumberInSources, formatRecords, lintDataset, referenceProblems, REVIEWED_FIGURE_NUMBERS,
  REVIEWED_UNDATED, type DatasetFiles, type ReviewLists,
} from '../../data/records/lint-dataset.ts';
import { bundledDataset } from '../../data/dataset/index.ts';
import { datasetSchema } from '../../data/records/schema.ts';
import { miniDataset } from './fixture-dataset.ts';

const dir = resolve(import.meta.dirname, '../../data/dataset');
const bundled = Object.fromEntries(DATASET_FILES.map((f) => [f, readFileSync(resolve(dir, `${f}.json`), 'utf8')])) as DatasetFiles;

function filesOf(ds: ReturnType<typeof miniDataset>): DatasetFiles {
  return {
    meta: JSON.stringify(ds.meta),
    sources: formatRecords(ds.sources),
    entities: formatRecords(ds.entities),
    events: formatRecords(ds.events),
    claims: formatRecords(ds.claims),
    figures: formatRecords(ds.figures),
  };
}

/** The bundled review lists name bundled records, so the small fixture is linted with none. */
const NONE: ReviewLists = { undated: {}, figureNumbers: {} };
const lint = (files: DatasetFiles, reviewed: ReviewLists = NONE) => lintDataset(files, reviewed);
const REASON = 'checked by hand: the number is in the body of the cited article';

describe('the bundled dataset', () => {
  it('passes every lint check', () => {
    expect(lintDataset(bundled)).toEqual([]);
  });
});

describe('lintDataset', () => {
  it('accepts a clean dataset', () => {
    expect(lint(filesOf(miniDataset()))).toEqual([]);
  });

  it('reports a reference to a record that does not exist', () => {
    const ds = miniDataset();
    ds.entities[0]!.related = ['evt-1999-01-01-nothing'];
    expect(lint(filesOf(ds))).toContainEqual(expect.stringContaining('refers to evt-1999-01-01-nothing'));
  });

  it('reports a claim overturned by an event that does not exist, or by a record that is not an event', () => {
    const ds = miniDataset();
    ds.claims[0]!.outdatedBy = { event: 'evt-1999-01-01-nothing', note: 'Overturned.', sources: ['src-a'] };
    expect(lint(filesOf(ds))).toContainEqual(expect.stringContaining(`${ds.claims[0]!.id}: refers to evt-1999-01-01-nothing, which does not exist`));
    expect(referenceProblems(datasetSchema.parse(JSON.parse(JSON.stringify(ds))))).toHaveLength(1); // what seeding checks too
    ds.claims[0]!.outdatedBy = { event: 'evt-2025-01-17-ruling', note: 'Overturned.', sources: ['src-a'] };
    expect(lint(filesOf(ds))).toEqual([]);
  });

  it('reports a dated role or an outdated note that cites an unknown source', () => {
    const ds = miniDataset();
    ds.entities[0]!.roles = [{ from: '2020', text: 'Owner', sources: ['src-nowhere'] }];
    ds.claims[0]!.outdatedBy = { event: 'evt-2025-01-17-ruling', note: 'Overturned.', sources: ['src-gone'] };
    const problems = lint(filesOf(ds));
    expect(problems).toContainEqual(`${ds.entities[0]!.id} roles: cites src-nowhere, which is not in sources.json`);
    expect(problems).toContainEqual(`${ds.claims[0]!.id} outdatedBy: cites src-gone, which is not in sources.json`);
  });

  it('reports a dated role without a source', () => {
    const ds = miniDataset();
    ds.entities[0]!.roles = [{ from: '2020', text: 'Owner', sources: [] }];
    expect(lint(filesOf(ds))).toContainEqual(expect.stringContaining('roles'));
  });

  it('reports a duplicate id', () => {
    const ds = miniDataset();
    ds.entities.push({ ...ds.entities[1]!, aliases: [] });
    expect(lint(filesOf(ds))).toContainEqual('ent-oracle: id used 2 times');
  });

  it('reports a link that is not http(s)', () => {
    const ds = miniDataset();
    ds.sources[0]!.url = 'javascript:alert(1)';
    expect(lint(filesOf(ds)).join('\n')).toMatch(/http\(s\)/);
  });

  it('reports a date that is not ISO', () => {
    const ds = miniDataset();
    ds.events[0]!.date = '17/01/2025';
    expect(lint(filesOf(ds)).join('\n')).toMatch(/ISO date/);
  });

  it('reports an alias two records claim with nothing to tell them apart', () => {
    const ds = miniDataset();
    ds.entities[2]!.aliases = ['TikTok', 'ByteDance'];
    expect(lint(filesOf(ds))).toContainEqual(expect.stringContaining('alias "bytedance" is claimed by'));
  });

  it('reports a claim without a source unless it says none was found', () => {
    const ds = miniDataset();
    ds.claims[0]!.sources = [];
    expect(lint(filesOf(ds))).toContainEqual(expect.stringContaining('a claim needs a source'));
    ds.claims[0]!.noSourceFound = true;
    expect(lint(filesOf(ds))).toEqual([]);
  });

  it('reports a claim without a verdict', () => {
    const ds = miniDataset();
    delete (ds.claims[0] as { verdict?: string }).verdict;
    expect(lint(filesOf(ds)).join('\n')).toMatch(/verdict/);
  });

  it('reports a file that is not sorted by id', () => {
    const files = filesOf(miniDataset());
    const entities = JSON.parse(files.entities) as unknown[];
    files.entities = `${JSON.stringify(entities.reverse(), null, 2)}\n`;
    expect(lint(files)).toContainEqual(expect.stringContaining('entities.json: not in the stable format'));
  });

  it('reports an alias rule without a note', () => {
    const ds = miniDataset();
    ds.entities[1]!.aliases = [{ text: 'Oracle', case: 'exact' }];
    expect(lint(filesOf(ds))).toContainEqual(expect.stringContaining('has a rule but no note'));
  });
});

describe('figures whose number no source title shows', () => {
  it('finds a number only as a whole number', () => {
    expect(containsNumber('ByteDance valued at $550bn', '550')).toBe(true);
    expect(containsNumber('ByteDance valued at $550bn', '50')).toBe(false);
    expect(containsNumber('a 19.9% stake', '19.9')).toBe(true);
    expect(containsNumber('a 19.9% stake', '9')).toBe(false);
    expect(containsNumber('more than 1,000 cases', '1000')).toBe(true);
  });

  it('flags a figure whose number is in none of its sources’ titles or date notes', () => {
    const ds = miniDataset();
    ds.figures.push({ id: 'fig-new', value: '$550 billion', measures: 'A valuation', asOf: '2026-02-25', claimedBy: 'Reuters', sources: ['src-a'],
      numbers: [{ kind: 'amount', value: '550', scale: 'billion', currency: 'USD' }], context: ['valued'] });
    expect(lint(filesOf(ds))).toContainEqual(expect.stringContaining('fig-new: its number appears in none of its sources'));
    ds.sources[0]!.dateNote = 'the $550bn figure is in the headline';
    expect(lint(filesOf(ds))).toEqual([]);
  });

  it('accepts a flagged figure only when it is reviewed with a real reason', () => {
    const ds = miniDataset();
    ds.figures[4]!.numbers = [{ kind: 'tally', yes: '353', no: '66' }];
    expect(lint(filesOf(ds), { undated: {}, figureNumbers: { 'fig-vote': 'ok' } })).toContainEqual(expect.stringContaining('needs a real reason'));
    expect(lint(filesOf(ds), { undated: {}, figureNumbers: { 'fig-vote': REASON } })).toEqual([]);
  });

  it('reports a review entry that is no longer needed', () => {
    expect(lint(filesOf(miniDataset()), { undated: {}, figureNumbers: { 'fig-vote': REASON } })).toContainEqual(
      'fig-vote: listed in REVIEWED_FIGURE_NUMBERS but no longer needs review there; remove it',
    );
  });

  it('pins the bundled figures under review to the reviewed list, each with a reason', () => {
    const ds = datasetSchema.parse(bundledDataset);
    expect(figuresWithoutNumberInSources(ds).sort()).toEqual(Object.keys(REVIEWED_FIGURE_NUMBERS).sort());
    for (const reason of Object.values(REVIEWED_FIGURE_NUMBERS)) expect(reason).toMatch(/facts(-2026)?\.md [A-D]\d/);
  });
});

describe('records with no dated source', () => {
  it('are reported unless reviewed, and a reviewed one that gains a date is reported too', () => {
    const ds = miniDataset();
    ds.sources[0]!.published = null;
    expect(lint(filesOf(ds))).toContainEqual('ent-oracle: needs at least one source with a publication date');
    const ids = [...ds.entities, ...ds.events, ...ds.claims, ...ds.figures].map((r) => r.id);
    const all = Object.fromEntries(ids.map((id) => [id, REASON]));
    expect(lint(filesOf(ds), { undated: all, figureNumbers: {} })).toEqual([]);
    ds.sources[0]!.published = '2025-01-17';
    expect(lint(filesOf(ds), { undated: all, figureNumbers: {} })).toContainEqual(expect.stringContaining('remove it from REVIEWED_UNDATED'));
  });

  it('are few in the bundled dataset, and each names its fact-base entry', () => {
    expect(Object.keys(REVIEWED_UNDATED).length).toBeLessThanOrEqual(15);
    for (const reason of Object.values(REVIEWED_UNDATED)) expect(reason).toMatch(/facts-2026\.md [A-D]2-\d/);
  });
});

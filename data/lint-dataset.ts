/**
 * The dataset is code, so it is linted like code: schema, unique ids, references,
 * sources, alias collisions and a stable file format. Pure: give it the files'
 * text, get back one readable problem per line (empty when clean).
 */
import * as z from 'zod';
import { foldString } from './fold.ts';
import { datasetSchema, type Dataset } from './schema.ts';
import { allRecords, recordSpellings } from './term-index.ts';

export const DATASET_FILES = ['meta', 'sources', 'entities', 'events', 'claims', 'figures'] as const;
export type DatasetFiles = Record<(typeof DATASET_FILES)[number], string>;

/** The one accepted formatting of a record file: sorted by id, 2-space JSON, final newline. */
export function formatRecords(records: { id: string }[]): string {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export function lintDataset(files: DatasetFiles): string[] {
  const problems: string[] = [];
  const raw: Record<string, unknown> = {};
  for (const name of DATASET_FILES) {
    try {
      raw[name] = JSON.parse(files[name]);
    } catch (e) {
      problems.push(`${name}.json: not valid JSON (${(e as Error).message})`);
    }
  }
  if (problems.length) return problems;
  for (const name of DATASET_FILES) {
    if (name === 'meta') continue;
    const list = raw[name] as { id: string }[];
    if (Array.isArray(list) && files[name] !== formatRecords(list)) {
      problems.push(`${name}.json: not in the stable format (sorted by id, JSON.stringify(…, null, 2) + newline); run npm run data:format`);
    }
  }
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) return [...problems, `schema: ${z.prettifyError(parsed.error)}`];
  return [...problems, ...lintParsed(parsed.data)];
}

/** Checks that need the whole, schema-valid dataset. */
export function lintParsed(ds: Dataset): string[] {
  const problems: string[] = [];
  const records = allRecords(ds);
  const ids = new Map<string, number>();
  for (const r of [...records, ...ds.sources]) ids.set(r.id, (ids.get(r.id) ?? 0) + 1);
  for (const [id, n] of ids) if (n > 1) problems.push(`${id}: id used ${n} times`);

  const byId = new Map(records.map((r) => [r.id, r]));
  const sources = new Map(ds.sources.map((s) => [s.id, s]));
  const usedSources = new Set<string>();
  const expect = (from: string, id: string, type: string) => {
    const target = byId.get(id);
    if (!target) problems.push(`${from}: refers to ${id}, which does not exist`);
    else if (target.type !== type) problems.push(`${from}: refers to ${id}, which is a ${target.type}, not a ${type}`);
  };
  const cite = (from: string, id: string) => {
    usedSources.add(id);
    if (!sources.has(id)) problems.push(`${from}: cites ${id}, which is not in sources.json`);
  };

  for (const r of records) {
    r.sources.forEach((s) => cite(r.id, s));
    if (r.type === 'entity') r.related.forEach((id) => expect(r.id, id, 'event'));
    if (r.type === 'event') {
      r.entities.forEach((id) => expect(r.id, id, 'entity'));
      [...r.follows, ...r.supersedes].forEach((id) => expect(r.id, id, 'event'));
      if (r.end && r.end < r.date) problems.push(`${r.id}: ends (${r.end}) before it starts (${r.date})`);
    }
    if (r.type === 'figure') r.history.forEach((h) => h.sources.forEach((s) => cite(`${r.id} history`, s)));
    if (r.type === 'claim') {
      if (r.noSourceFound && r.sources.length > 0) problems.push(`${r.id}: noSourceFound is set but sources are listed`);
      if (!r.noSourceFound && r.sources.length === 0) problems.push(`${r.id}: a claim needs a source, or noSourceFound: true`);
      if (r.aliases.length === 0 && r.cues.length === 0) problems.push(`${r.id}: a claim needs wording variants or cues to be recognised`);
    }
    const exempt = r.type === 'claim' && r.noSourceFound;
    if (!exempt && !r.sources.some((s) => sources.get(s)?.published)) {
      problems.push(`${r.id}: needs at least one source with a publication date`);
    }
    for (const a of r.aliases) {
      if (typeof a !== 'string' && (a.case || a.context) && !a.note) problems.push(`${r.id}: alias "${a.text}" has a rule but no note saying why`);
    }
  }
  for (const s of ds.sources) if (!usedSources.has(s.id)) problems.push(`${s.id}: not cited by any record`);
  problems.push(...aliasCollisions(ds));
  return problems;
}

/**
 * Two records may share a spelling only when it is disambiguated: every reading
 * but at most one (the default) must name a context.
 */
export function aliasCollisions(ds: Dataset): string[] {
  const readings = new Map<string, { id: string; context: boolean }[]>();
  for (const r of allRecords(ds)) {
    const own = new Set<string>();
    for (const alias of recordSpellings(r)) {
      const spec = typeof alias === 'string' ? { text: alias } : alias;
      const key = foldString(spec.text);
      if (own.has(key)) continue;
      own.add(key);
      const list = readings.get(key) ?? [];
      list.push({ id: r.id, context: Boolean(spec.context) });
      readings.set(key, list);
    }
  }
  const problems: string[] = [];
  for (const [key, list] of readings) {
    if (list.length < 2) continue;
    const defaults = list.filter((x) => !x.context);
    if (defaults.length > 1) {
      problems.push(`alias "${key}" is claimed by ${defaults.map((x) => x.id).join(', ')} with no context to tell them apart`);
    }
  }
  return problems;
}

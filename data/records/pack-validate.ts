/**
 * Validating a context pack: the same zod schemas as the bundled data, then the
 * dataset lint's cross-reference rules, resolved against the bundled data and the
 * other installed packs. Every problem carries the JSON path to fix. Pure.
 *
 * Lint rules that need an editor's review lists (every record has a dated
 * source, a figure's number is in a source title, every source is cited) stay with
 * the bundled dataset's lint; an export must re-import, and it carries records
 * that passed those reviews.
 */
import { aliasCollisionKeys } from './lint-dataset.ts';
import { foldString } from '../match/fold.ts';
import { compareVersions, mergePacks, PACK_COLLECTIONS } from './pack-merge.ts';
import { FILE_PATH, MAX_PACK_RECORDS, MAX_PROBLEMS, type PackProblem } from './pack-limits.ts';
import { plainErrorMap, plainProblems } from './plain-issues.ts';
import { englishText, type MessageKey, type Translate, type UiText } from '../i18n.ts';
import { packSchema, type AnyRecord, type Dataset, type Pack } from './schema.ts';
import { formatPath } from './json-path.ts';
import { recordCitations, recordLinks } from './links.ts';
import { allRecords } from './term-index.ts';

export type PackCheck = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

const TYPE_NAMES = { entity: 'optionsIssueAEntity', event: 'optionsIssueAEvent', claim: 'optionsIssueAClaim', figure: 'optionsIssueAFigure' } as const satisfies Record<string, MessageKey>;
const UNKNOWN_OF = {
  entity: 'optionsIssueUnknownEntity', event: 'optionsIssueUnknownEvent', claim: 'optionsIssueUnknownClaim', figure: 'optionsIssueUnknownFigure',
} as const satisfies Record<string, MessageKey>;
const TYPE_OF = { entities: 'entity', events: 'event', claims: 'claim', figures: 'figure' } as const;

function capped(problems: PackProblem[], { t }: UiText): PackProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), { path: FILE_PATH, message: t('optionsIssueMore', problems.length - MAX_PROBLEMS) }];
}

/** Shape and size: is this a pack at all, and does it fit the schemas? `ui`: the language of the schema problems. */
export function parsePack(raw: unknown, ui: UiText = englishText): PackCheck {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: FILE_PATH, message: ui.t('optionsIssueNotPack') }] };
  }
  const obj = raw as Record<string, unknown>;
  const count = PACK_COLLECTIONS.reduce((n, k) => n + (Array.isArray(obj[k]) ? (obj[k] as unknown[]).length : 0), 0);
  if (count > MAX_PACK_RECORDS) {
    return { ok: false, problems: [{ path: FILE_PATH, message: ui.t('optionsIssueTooManyRecords', count.toLocaleString(ui.locale), MAX_PACK_RECORDS.toLocaleString(ui.locale)) }] };
  }
  const parsed = packSchema.safeParse(raw, { error: plainErrorMap(ui) });
  return parsed.success ? { ok: true, pack: parsed.data } : { ok: false, problems: capped(plainProblems(parsed.error), ui) };
}

/** Cross-reference rules for a schema-valid pack, against the data it will join. */
export function checkPackReferences(pack: Pack, bundled: Dataset, others: readonly Pack[], { t }: UiText = englishText): PackProblem[] {
  const problems: PackProblem[] = [];
  const add = (path: PropertyKey[], message: string) => problems.push({ path: formatPath(path), message });
  const merged = mergePacks(bundled, [...others.filter((p) => p.pack.id !== pack.pack.id), pack]).dataset;
  const records = new Map(allRecords(merged).map((r) => [r.id, r]));
  const sources = new Set(merged.sources.map((s) => s.id));

  const seen = new Map<string, string>();
  for (const key of PACK_COLLECTIONS) {
    pack[key].forEach((r, i) => {
      const first = seen.get(r.id);
      if (first) add([key, i, 'id'], t('optionsIssueTwice', r.id, first));
      else seen.set(r.id, formatPath([key, i]));
    });
  }
  const expect = (path: PropertyKey[], id: string, type: keyof typeof TYPE_NAMES) => {
    const target = records.get(id);
    if (!target) add(path, t(UNKNOWN_OF[type], id));
    else if (target.type !== type) add(path, t('optionsIssueWrongType', id, t(TYPE_NAMES[target.type]), t(TYPE_NAMES[type])));
  };

  for (const key of PACK_COLLECTIONS) {
    if (key === 'sources') continue;
    pack[key].forEach((r, i) => {
      const record = { ...r, type: TYPE_OF[key] } as AnyRecord;
      for (const c of recordCitations(record)) if (!sources.has(c.id)) add([key, i, ...c.path], t('optionsIssueUnknownSource', c.id));
      for (const l of recordLinks(record)) expect([key, i, ...l.path], l.id, l.to);
    });
  }
  pack.events.forEach((r, i) => {
    if (r.end && r.end < r.date) add(['events', i, 'end'], t('optionsIssueEndsBefore', r.end, r.date));
  });
  pack.claims.forEach((r, i) => {
    if (r.noSourceFound && r.sources.length > 0) add(['claims', i, 'noSourceFound'], t('optionsIssueSourcesListed'));
    if (!r.noSourceFound && r.sources.length === 0) add(['claims', i, 'sources'], t('optionsIssueNeedsSource'));
    if (r.aliases.length === 0 && r.cues.length === 0) add(['claims', i, 'aliases'], t('optionsIssueNeedsWording'));
  });
  for (const key of ['entities', 'events', 'claims', 'figures'] as const) {
    pack[key].forEach((r, i) =>
      r.aliases.forEach((a, j) => {
        if (typeof a !== 'string' && (a.case || a.context) && !a.note) add([key, i, 'aliases', j], t('optionsIssueAliasNote', a.text));
      }),
    );
  }
  problems.push(...collisionsInPack(pack, merged, t));
  return problems;
}

/** Spellings a pack record shares, undisambiguated, with another record of the merged data. */
function collisionsInPack(pack: Pack, merged: Dataset, t: Translate): PackProblem[] {
  const ours = new Set(PACK_COLLECTIONS.flatMap((k) => pack[k].map((r) => r.id)));
  const problems: PackProblem[] = [];
  const where = new Map<string, string>();
  for (const key of ['entities', 'events', 'claims', 'figures'] as const) pack[key].forEach((r, i) => where.set(r.id, formatPath([key, i])));
  const byId = new Map(allRecords(merged).map((r) => [r.id, r]));
  for (const { key, ids } of aliasCollisionKeys(merged)) {
    for (const id of ids.filter((x) => ours.has(x))) {
      const record = byId.get(id)!;
      const j = record.aliases.findIndex((a) => foldString(typeof a === 'string' ? a : a.text) === key);
      const path = j >= 0 ? `${where.get(id)}.aliases[${j}]` : where.get(id)!;
      const rivals = ids.filter((x) => x !== id).join(', ');
      problems.push({ path, message: t('optionsIssueCollision', key, rivals) });
    }
  }
  return problems;
}

/** A newer or equal version of an installed pack may replace it; an older one is refused, with the reason. */
export function versionProblem(pack: Pack, installed: readonly Pack[], { t }: UiText = englishText): PackProblem | null {
  const current = installed.find((p) => p.pack.id === pack.pack.id);
  if (!current || compareVersions(pack.pack.version, current.pack.version) >= 0) return null;
  return {
    path: 'pack.version',
    message: t('optionsIssueOlder', pack.pack.version, current.pack.version, current.pack.title),
  };
}

/** Everything, in order: shape, version against what is installed, cross-references. */
export function validatePack(raw: unknown, bundled: Dataset, installed: readonly Pack[], ui: UiText = englishText): PackCheck {
  const parsed = parsePack(raw, ui);
  if (!parsed.ok) return parsed;
  const problems = [versionProblem(parsed.pack, installed, ui), ...checkPackReferences(parsed.pack, bundled, installed, ui)].filter(
    (p): p is PackProblem => p !== null,
  );
  return problems.length ? { ok: false, problems: capped(problems, ui) } : parsed;
}

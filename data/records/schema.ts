/**
 * The dataset's zod schemas: the single source of truth for every record Backstory
 * bundles, stores and shows. Types are inferred from them; `json-schema.ts`
 * publishes them for pack authors. Background and tests import this file; the
 * content script must not (full zod is ~95 KB gzipped).
 */
import * as z from 'zod';
import { LAYERS, type Layer } from '../layers.ts';

/** Record ids carry their type, so a reference says what it points at. */
const idOf = (pattern: RegExp, prefix: string) => z.string().regex(pattern, `must look like ${prefix}-some-slug`);

export const sourceIdSchema = idOf(/^src-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'src');
export const entityIdSchema = idOf(/^ent-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ent');
export const eventIdSchema = idOf(/^evt-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'evt');
export const claimIdSchema = idOf(/^clm-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'clm');
export const figureIdSchema = idOf(/^fig-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'fig');

/** YYYY, YYYY-MM or YYYY-MM-DD. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected an ISO date like 2026-03-05 (or 2026-03, or 2026)');

/** A full day, YYYY-MM-DD: when a pack was made. */
export const isoDaySchema = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'expected an ISO date like 2026-03-05');

/** Absolute http(s) only: zod's plain url() would accept javascript: and data:. */
export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

const text = z.string().trim().min(1);

export const layerSchema = z.enum(LAYERS);
export { LAYERS, type Layer };

export const SOURCE_KINDS = ['official', 'court-record', 'news', 'analysis', 'mirror', 'reference'] as const;
export const confidenceSchema = z.enum(['high', 'medium', 'low']);

export const sourceSchema = z.strictObject({
  id: sourceIdSchema,
  url: httpUrlSchema,
  /** The site that hosts the copy. */
  publisher: text,
  /** The outlet the copy says it republishes (Reuters, AP, …), when it says so. */
  via: text.optional(),
  title: text,
  /** Date shown by the source; null when none is visible ("n/d" in facts.md). */
  published: isoDateSchema.nullable(),
  /** How the date is known when it is not printed on the page, e.g. "from the URL". */
  dateNote: text.optional(),
  kind: z.enum(SOURCE_KINDS),
  confidence: confidenceSchema,
});

/**
 * One way a record is written in text. A plain string matches case-insensitively.
 * `case: 'exact'` is for names that are also common words ("Oracle", "Chew");
 * `context` makes the alias count only when one of those words is near
 * (within CONTEXT_WINDOW characters, same block): that is how two records may
 * share an alias.
 */
export const aliasSchema = z.union([
  text,
  z.strictObject({
    text,
    lang: z.enum(['en', 'zh']).optional(),
    case: z.enum(['fold', 'exact']).optional(),
    context: z.array(text).min(1).optional(),
    /** Why this alias needs its rule: required whenever case or context is set. */
    note: text.optional(),
  }),
]);
export type Alias = z.infer<typeof aliasSchema>;

/**
 * A number as it is written, expanded at compile time into its literal spellings
 * ("$14 billion", "$14bn", "US$14 billion", "14 billion dollars", …).
 */
export const numberPatternSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('amount'),
    value: z.string().regex(/^\d+(?:[.,]\d+)*$/),
    scale: z.enum(['thousand', 'million', 'billion', 'trillion']).optional(),
    currency: z.enum(['USD', 'CNY']).optional(),
  }),
  z.strictObject({ kind: z.literal('percent'), value: z.string().regex(/^\d+(?:\.\d+)?$/) }),
  z.strictObject({
    kind: z.literal('tally'),
    yes: z.string().regex(/^\d+$/),
    no: z.string().regex(/^\d+$/),
  }),
]);
export type NumberPattern = z.infer<typeof numberPatternSchema>;

const base = {
  sources: z.array(sourceIdSchema),
  aliases: z.array(aliasSchema).default([]),
  confidence: confidenceSchema.optional(),
};

export const ENTITY_KINDS = [
  'company', 'person', 'government-body', 'law', 'court-case', 'product', 'program', 'organisation',
] as const;

/**
 * A role the entity held for a dated period: a post, a stake. `to` is the day
 * the role ended (the next one begins that day); no `to` means it still holds.
 * Cards read these against the article's date: "Then (Mar 2024): …; Now: …".
 */
export const datedRoleSchema = z.strictObject({
  from: isoDateSchema,
  to: isoDateSchema.optional(),
  text,
  sources: z.array(sourceIdSchema).min(1),
});
export type DatedRole = z.infer<typeof datedRoleSchema>;

export const entitySchema = z.strictObject({
  id: entityIdSchema,
  kind: z.enum(ENTITY_KINDS),
  name: text,
  summary: text,
  /** Why it matters in this story. */
  role: text,
  /** Dated roles, oldest first, when the entity's role changed during the story. */
  roles: z.array(datedRoleSchema).default([]),
  related: z.array(eventIdSchema).default([]),
  ...base,
});

export const PRECISIONS = ['day', 'month', 'year'] as const;

export const eventSchema = z.strictObject({
  id: eventIdSchema,
  /** Start of the event; `end` for ranges such as 2025-01-18/19. */
  date: isoDateSchema,
  end: isoDateSchema.optional(),
  precision: z.enum(PRECISIONS),
  title: text,
  summary: text,
  entities: z.array(entityIdSchema).default([]),
  follows: z.array(eventIdSchema).default([]),
  supersedes: z.array(eventIdSchema).default([]),
  /** Also recognise the full written date ("January 17, 2025"); off when dates collide. */
  matchDate: z.boolean().default(false),
  /** Paraphrase recognition, as for claims: "a phone call between Trump and Xi". */
  cues: z.array(z.array(text).min(1)).default([]),
  ...base,
});

export const VERDICTS = ['supported', 'partly-supported', 'not-supported', 'contradicted', 'outdated'] as const;
export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;

// Each verdict's label and definition are UI text: data/records/record-text.ts names their messages.

export const claimSchema = z.strictObject({
  id: claimIdSchema,
  statement: text,
  /** Optional only for imported fact checks whose own rating does not map onto a verdict (see `rating`). */
  verdict: verdictSchema.optional(),
  /**
   * The fact-checker's own rating, as they wrote it ("Pants on Fire", "Faux"), for
   * claims imported from ClaimReview. Shown as written; never turned into a verdict
   * unless `claim-review.ts`'s table maps it.
   */
  rating: text.max(200).optional(),
  explanation: text,
  evidence: z.array(text).min(1),
  /** True when the fact base found no source at all: the card says so and lists none. */
  noSourceFound: z.boolean().default(false),
  /**
   * Paraphrase recognition: the claim is found where one word from every group
   * appears within CUE_WINDOW characters, in one block.
   */
  cues: z.array(z.array(text).min(1)).default([]),
  /**
   * The later event that overturned a claim that was once true: cards on
   * articles published before that event say "Outdated since <its date>".
   */
  outdatedBy: z.strictObject({ event: eventIdSchema, note: text, sources: z.array(sourceIdSchema).min(1) }).optional(),
  ...base,
}).refine((c) => c.verdict !== undefined || c.rating !== undefined, {
  path: ['verdict'],
  message: 'a claim needs a verdict, or the fact-checker’s own rating',
});

export const figureSchema = z.strictObject({
  id: figureIdSchema,
  /** As it is quoted: "170 million". */
  value: text,
  measures: text,
  asOf: isoDateSchema,
  claimedBy: text,
  note: text.optional(),
  history: z
    .array(z.strictObject({ date: isoDateSchema, value: text, note: text.optional(), sources: z.array(sourceIdSchema).min(1) }))
    .default([]),
  numbers: z.array(numberPatternSchema).default([]),
  /** Words one of which must be near a number match, so "$14 billion" finds the right figure. */
  context: z.array(text).optional(),
  ...base,
});

export const datasetMetaSchema = z.strictObject({
  /** Bumped on every change; a different version makes the background re-seed. */
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/, 'must look like 2026.11.22 or 2026.11.22.1'),
  lastReviewed: isoDateSchema,
  title: text,
  license: text,
});

export const datasetSchema = z.strictObject({
  meta: datasetMetaSchema,
  sources: z.array(sourceSchema),
  entities: z.array(entitySchema),
  events: z.array(eventSchema),
  claims: z.array(claimSchema),
  figures: z.array(figureSchema),
});

/**
 * A context pack: records published after a build, layered over the bundled
 * dataset (see data/records/pack-merge.ts). Versions are dotted numbers compared part by
 * part, so 2026.12.15 and 1.2.0 both work.
 */
export const packVersionSchema = z.string().regex(/^\d{1,9}(?:\.\d{1,9}){0,3}$/, 'expected a version like 2026.12.15 or 1.2.0');
export const packIdSchema = z
  .string()
  .max(64, 'a pack id has at most 64 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a pack id of lowercase letters, digits and hyphens, like backstory-2026-q4');

export const packHeaderSchema = z.strictObject({
  id: packIdSchema,
  title: text.max(200),
  publisher: text.max(200),
  version: packVersionSchema,
  created: isoDaySchema,
});

export const packSchema = z.strictObject({
  pack: packHeaderSchema,
  entities: z.array(entitySchema).default([]),
  events: z.array(eventSchema).default([]),
  claims: z.array(claimSchema).default([]),
  figures: z.array(figureSchema).default([]),
  sources: z.array(sourceSchema).default([]),
});

export type PackHeader = z.infer<typeof packHeaderSchema>;
export type Pack = z.infer<typeof packSchema>;
export type PackInput = z.input<typeof packSchema>;

export type Source = z.infer<typeof sourceSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
export type AnyRecord =
  | ({ type: 'entity' } & Entity)
  | ({ type: 'event' } & TimelineEvent)
  | ({ type: 'claim' } & Claim)
  | ({ type: 'figure' } & Figure);

export const LAYER_OF = { entity: 'entities', event: 'timeline', claim: 'claims', figure: 'figures' } as const satisfies Record<
  AnyRecord['type'],
  Layer
>;

/**
 * The dataset is code, so it is linted like code: schema, unique ids, references,
 * sources, alias collisions and a stable file format. Pure: give it the files'
 * text, get back one readable problem per line (empty when clean).
 */
import { recordCitations, recordLinks } from './links.ts';
import * as z from 'zod';
import { foldString } from '../match/fold.ts';
import { datasetSchema, type Dataset } from './schema.ts';
import { allRecords, recordSpellings } from './term-index.ts';

/** Record id → why a reviewer accepted it despite the finding. */
export type Reviewed = Record<string, string>;

/** Records a human has checked and accepted despite a lint finding, each with the reason. */
export interface ReviewLists {
  /** Records whose stored copies show no publication date at all. */
  undated: Reviewed;
  /** Figures whose number is in none of their sources' titles or date notes. */
  figureNumbers: Reviewed;
}

export const DATASET_FILES = ['meta', 'sources', 'entities', 'events', 'claims', 'figures'] as const;
export type DatasetFiles = Record<(typeof DATASET_FILES)[number], string>;

/** The one accepted formatting of a record file: sorted by id, 2-space JSON, final newline. */
export function formatRecords(records: { id: string }[]): string {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export function lintDataset(files: DatasetFiles, reviewed: ReviewLists = REVIEWED): string[] {
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
  return [...problems, ...lintParsed(parsed.data, reviewed)];
}

/**
 * The cross-reference rules: unique ids, and every link and citation pointing at
 * a record or source of the right type. Seeding applies exactly these before it
 * replaces stored data (a schema-valid dataset with dangling references would
 * otherwise replace good data); the lint applies them with the rest.
 */
export function referenceProblems(ds: Dataset): string[] {
  const problems: string[] = [];
  const records = allRecords(ds);
  const ids = new Map<string, number>();
  for (const r of [...records, ...ds.sources]) ids.set(r.id, (ids.get(r.id) ?? 0) + 1);
  for (const [id, n] of ids) if (n > 1) problems.push(`${id}: id used ${n} times`);
  const byId = new Map(records.map((r) => [r.id, r]));
  const sources = new Set(ds.sources.map((s) => s.id));
  for (const r of records) {
    for (const c of recordCitations(r)) {
      if (!sources.has(c.id)) problems.push(`${c.path[0] === 'sources' ? r.id : `${r.id} ${c.path[0]}`}: cites ${c.id}, which is not in sources.json`);
    }
    for (const link of recordLinks(r)) {
      const target = byId.get(link.id);
      if (!target) problems.push(`${r.id}: refers to ${link.id}, which does not exist`);
      else if (target.type !== link.to) problems.push(`${r.id}: refers to ${link.id}, which is a ${target.type}, not a ${link.to}`);
    }
  }
  return problems;
}

/** Checks that need the whole, schema-valid dataset. */
export function lintParsed(ds: Dataset, reviewed: ReviewLists = REVIEWED): string[] {
  const problems: string[] = referenceProblems(ds);
  const records = allRecords(ds);
  const sources = new Map(ds.sources.map((s) => [s.id, s]));
  const usedSources = new Set<string>();

  for (const r of records) {
    for (const c of recordCitations(r)) usedSources.add(c.id);
    if (r.type === 'event' && r.end && r.end < r.date) problems.push(`${r.id}: ends (${r.end}) before it starts (${r.date})`);
    if (r.type === 'claim') {
      if (!r.verdict) problems.push(`${r.id}: a bundled claim needs one of Backstory's verdicts; a fact-checker's rating alone is for imported packs`);
      if (r.noSourceFound && r.sources.length > 0) problems.push(`${r.id}: noSourceFound is set but sources are listed`);
      if (!r.noSourceFound && r.sources.length === 0) problems.push(`${r.id}: a claim needs a source, or noSourceFound: true`);
      if (r.aliases.length === 0 && r.cues.length === 0) problems.push(`${r.id}: a claim needs wording variants or cues to be recognised`);
    }
    const exempt = (r.type === 'claim' && r.noSourceFound) || r.id in reviewed.undated;
    const dated = r.sources.some((s) => sources.get(s)?.published);
    if (!exempt && !dated) problems.push(`${r.id}: needs at least one source with a publication date`);
    if (dated && r.id in reviewed.undated) problems.push(`${r.id}: now has a dated source; remove it from REVIEWED_UNDATED`);
    for (const a of r.aliases) {
      if (typeof a !== 'string' && (a.case || a.context) && !a.note) problems.push(`${r.id}: alias "${a.text}" has a rule but no note saying why`);
    }
  }
  for (const s of ds.sources) if (!usedSources.has(s.id)) problems.push(`${s.id}: not cited by any record`);
  problems.push(...aliasCollisions(ds));
  problems.push(...staleReviews(reviewed.undated, 'REVIEWED_UNDATED', new Set(records.map((r) => r.id))));
  const unsupported = figuresWithoutNumberInSources(ds);
  for (const id of unsupported) {
    if (!(id in reviewed.figureNumbers)) {
      problems.push(`${id}: its number appears in none of its sources' titles or date notes; check a source states it, then cite it or add the figure to REVIEWED_FIGURE_NUMBERS with a reason`);
    }
  }
  problems.push(...staleReviews(reviewed.figureNumbers, 'REVIEWED_FIGURE_NUMBERS', new Set(unsupported)));
  return problems;
}

/** A review entry must name a record that still needs it, and say why. */
function staleReviews(list: Reviewed, name: string, live: Set<string>): string[] {
  return Object.entries(list).flatMap(([id, reason]) => [
    ...(live.has(id) ? [] : [`${id}: listed in ${name} but no longer needs review there; remove it`]),
    ...(reason.trim().length < 20 ? [`${id}: its ${name} entry needs a real reason`] : []),
  ]);
}

/** The digits a figure is quoted with: "550" for "$550 billion", "19.9" for "19.9%", "352" and "65" for "352–65". */
export function figureNumbers(figure: Dataset['figures'][number]): string[] {
  const out = new Set<string>();
  for (const p of figure.numbers) {
    if (p.kind === 'tally') out.add(p.yes).add(p.no);
    else out.add(p.value.replace(/,/g, ''));
  }
  if (out.size === 0) {
    const m = /\d+(?:[.,]\d+)*/.exec(figure.value);
    if (m) out.add(m[0].replace(/,/g, ''));
  }
  return [...out];
}

/** True when `number` stands in `text` as a whole number: "50" is not in "550" or "1.50". */
export function containsNumber(text: string, number: string): boolean {
  const plain = text.replace(/(\d),(?=\d{3})/g, '$1');
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  for (let at = plain.indexOf(number); at >= 0; at = plain.indexOf(number, at + 1)) {
    const before = plain[at - 1];
    const after = plain[at + number.length];
    const decimalBefore = before === '.' && isDigit(plain[at - 2]);
    const decimalAfter = after === '.' && isDigit(plain[at + number.length + 1]);
    if (!isDigit(before) && !isDigit(after) && !decimalBefore && !decimalAfter) return true;
  }
  return false;
}

/**
 * Figures none of whose numbers appear in any cited source's title or date note.
 * A heuristic for review, not proof: the number is often only in the article body.
 */
export function figuresWithoutNumberInSources(ds: Dataset): string[] {
  const sources = new Map(ds.sources.map((s) => [s.id, s]));
  return ds.figures
    .filter((f) => {
      const texts = f.sources.flatMap((id) => {
        const s = sources.get(id);
        return s ? [s.title, s.dateNote ?? ''] : [];
      });
      return !figureNumbers(f).some((n) => texts.some((t) => containsNumber(t, n)));
    })
    .map((f) => f.id);
}

/**
 * Two records may share a spelling only when it is disambiguated: every reading
 * but at most one (the default) must name a context.
 */
export function aliasCollisions(ds: Dataset): string[] {
  return aliasCollisionKeys(ds).map(({ key, ids }) => `alias "${key}" is claimed by ${ids.join(', ')} with no context to tell them apart`);
}

/** Each folded spelling read, with no context, by more than one record: the spelling and those records. */
export function aliasCollisionKeys(ds: Dataset): { key: string; ids: string[] }[] {
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
  const out: { key: string; ids: string[] }[] = [];
  for (const [key, list] of readings) {
    const defaults = list.filter((x) => !x.context);
    if (defaults.length > 1) out.push({ key, ids: defaults.map((x) => x.id) });
  }
  return out;
}

/**
 * Records whose every stored copy shows no publication date ("n/d" in the fact
 * base). Kept in on review because the entry is sourced; the reason says what
 * dates it instead.
 */
export const REVIEWED_UNDATED: Reviewed = {
  'ent-doubao': 'facts-2026.md A2-18 and B2-09 give n/d for SCMP, Tekedia and TTM; the entity is dated by the Feb. 16, 2026 gala it describes.',
  'evt-2026-02-16-doubao-at-spring-festival-gala': 'facts-2026.md A2-18 gives n/d for both copies (SCMP via a library proxy, Tekedia); the gala date, Feb. 16, 2026, is in their text.',
  'evt-2026-03-25-jury-finds-meta-youtube-liable': 'facts-2026.md A2-24 gives n/d for all three aggregator copies; eFinder dates the verdict March 25, 2026 in its text. Rated low.',
  'fig-bytedance-2025-revenue-target-186-billion': 'facts-2026.md B2-11 gives no date for the ANP/Bloomberg copy; it places the Bloomberg report in May 2025.',
  'fig-doubao-daily-users-100-million': 'facts-2026.md B2-09 gives n/d for the Tekedia copy; the figure is for Feb. 16, 2026. Rated low.',
  'fig-doubao-gala-interactions-1-9-billion': 'facts-2026.md A2-18/B2-09 gives n/d for the SCMP copy; the figure is for Feb. 16, 2026.',
  'fig-doubao-monthly-users-172-million': 'facts-2026.md B2-09 gives n/d for the TTM copy; the figure is for Q3 2025. Rated low.',
  'fig-kgm-verdict-6-million': 'facts-2026.md A2-24/B2-12 gives n/d for every aggregator copy; the verdict is dated March 25, 2026 in their text. Rated low.',
  'fig-new-mexico-meta-penalty-375-million': 'facts-2026.md A2-24/B2-12 gives n/d for the aggregator copies; the verdict was the day before March 25, 2026. Rated low.',
  'fig-social-media-mdl-cases-2172': 'facts-2026.md B2-12 gives n/d for AboutLawsuits and Bloomberg Law; the count is as of Nov. 3, 2025 per the text. Rated low.',
  'fig-tiktok-shop-us-sales-2026-23-41-billion': 'facts-2026.md B2-11 gives n/d for the eMarketer forecast; it is a forecast for calendar 2026. Rated low.',
  'fig-tiktok-us-daily-minutes-80': 'facts-2026.md B2-02 gives n/d for the AlphaBrief summary of CNBC; the figures cover late January to February 2026. Rated low.',
  'fig-tiktok-us-uninstalls-up-150-percent': 'facts-2026.md A2-10 gives n/d for all three copies of the CNBC story; the period is the five days after Jan. 22, 2026.',
  'fig-upscrolled-peak-daily-users-138500': 'facts-2026.md B2-03 gives n/d for both copies; the peak is dated Jan. 28, 2026 in their text.',
};

/**
 * Figures whose number is in the body of their sources but not in a title or date
 * note, checked against the fact-base entry named in each reason.
 */
export const REVIEWED_FIGURE_NUMBERS: Reviewed = {
  'fig-bytedance-2024-revenue-1-13-trillion-yuan': 'facts-2026.md B2-11 gives 1.13 trillion yuan with this source, Anue 鉅亨網; its title does not print the number.',
  'fig-bytedance-2025-revenue-target-186-billion': 'facts-2026.md B2-11 gives about $186 billion with this source, ANP/Bloomberg (via Welingelichte Kringen); its title does not print the number.',
  'fig-bytedance-h200-test-order-20000': 'facts-2026.md B2-06 gives 20,000 with this source, Financial Times (via EqualOcean); its title does not print the number.',
  'fig-bytedance-joint-venture-stake-19-9-percent': 'facts.md A42 gives 19.9% with this source, AP (via Lincoln Daily News); its title does not print the number.',
  'fig-bytedance-nvidia-spend-2025-85-billion-yuan': 'facts.md A51 gives about 85 billion yuan with this source, Race to AGI; its title does not print the number.',
  'fig-bytedance-q1-2025-revenue-43-billion': 'facts.md B02 gives above $43 billion with this source, Reuters (via Dawn); its title does not print the number.',
  'fig-bytedance-q2-2025-revenue-48-billion': 'facts.md B02 gives about $48 billion with this source, Reuters (via Dawn); its title does not print the number.',
  'fig-closing-pause-120-days': 'facts.md A40 gives 120 days with this source, GovInfo; its title does not print the number.',
  'fig-committee-vote-hr-7521-50-0': 'facts.md A23 gives 50–0 with this source, GovInfo; its title does not print the number.',
  'fig-deepseek-h800-gpus-2048': 'facts.md A50 gives 2,048 with this source, AI Masterminds (blog); its title does not print the number.',
  'fig-doubao-gala-interactions-1-9-billion': 'facts-2026.md A2-18 gives 1.9 billion with this source, South China Morning Post; its title does not print the number.',
  'fig-doubao-monthly-users-172-million': 'facts-2026.md B2-09 gives 172 million with this source, Deep News (via TTM); its title does not print the number.',
  'fig-eo-13942-45-days': 'facts.md A05 gives 45 days with this source, Justia Regulations; its title does not print the number.',
  'fig-existing-investors-stake-30-1-percent': 'facts.md A42 gives 30.1% with this source, AP (via Lincoln Daily News); its title does not print the number.',
  'fig-foreign-adversary-threshold-20-percent': 'facts.md A40 gives less than 20% with this source, GovInfo; its title does not print the number.',
  'fig-h20-orders-16-billion': 'facts.md A49 gives at least $16 billion with this source, Reuters (via The Straits Times); its title does not print the number.',
  'fig-h200-china-approvals-400000': 'facts-2026.md A2-12 gives more than 400,000 with this source, Reuters (via The Business Times); its title does not print the number.',
  'fig-h200-china-volume-cap-50-percent': 'facts-2026.md A2-01 gives 50% with this source, Morgan Lewis; its title does not print the number.',
  'fig-h200-chinese-orders-2-million': 'facts-2026.md A2-12 gives more than 2 million with this source, Reuters (via The Business Times); its title does not print the number.',
  'fig-h200-tariff-25-percent': 'facts-2026.md A2-01 gives 25% with this source, Morgan Lewis; its title does not print the number.',
  'fig-hopper-gpus-230000': 'facts.md A48 gives about 230,000 with this source, StockWatchIndex; its title does not print the number.',
  'fig-house-vote-hr-7521-352-65': 'facts.md A24 gives 352–65 with this source, Office of the Speaker of the House; its title does not print the number.',
  'fig-house-vote-hr-8038-360-58': 'facts.md A25 gives 360–58 with this source, CNN; its title does not print the number.',
  'fig-house-vote-omnibus-225-201': 'facts.md A19 gives 225–201–1 with this source, Wikipedia; its title does not print the number.',
  'fig-joint-venture-valuation-14-billion': 'facts.md A40 gives about $14 billion with this source, Reuters (via CNA); its title does not print the number.',
  'fig-kgm-verdict-6-million': 'facts-2026.md A2-24 gives $6 million with this source, eFinder; its title does not print the number.',
  'fig-managing-investor-stake-15-percent': 'facts.md A42 gives 15% each with this source, AP (via Lincoln Daily News); its title does not print the number.',
  'fig-microsoft-hopper-gpus-485000': 'facts.md A48 gives about 485,000 with this source, StockWatchIndex; its title does not print the number.',
  'fig-montana-fine-10000-per-day': 'facts.md A21 gives $10,000 with this source, Nextgov/FCW; its title does not print the number.',
  'fig-montana-tiktok-users-300000': 'facts.md A22/B07: Judge Molloy’s opinion (Justia) gives more than 300,000 Montana users in its text, not its caption.',
  'fig-musically-60-million-users': 'facts.md A01 gives about 60 million with this source, dpa-AFX (via finanznachrichten.de); its title does not print the number.',
  'fig-new-investor-consortium-50-percent': 'facts.md D11 gives 50% with this source, AP (via Lincoln Daily News); its title does not print the number.',
  'fig-new-mexico-meta-penalty-375-million': 'facts-2026.md A2-24 gives $375 million with this source, Particle (aggregator); its title does not print the number.',
  'fig-non-bytedance-ownership-80-1-percent': 'facts.md B03 derives 80.1% from the AP stakes (15% x 3, 30.1%, about 5%); no source headline prints the sum.',
  'fig-nvidia-h20-charge-5-5-billion': 'facts.md A49 gives $5.5 billion with this source, Nikkei Asia (via Tom’s Hardware); its title does not print the number.',
  'fig-other-investors-stake-35-1-percent': 'facts-2026.md B2-04 gives 35.1% with this source, Mercy News; its title does not print the number.',
  'fig-pafaca-deadline-270-days': 'facts.md A27 gives 270 days with this source, Wikisource; its title does not print the number.',
  'fig-project-texas-1-5-billion': 'facts.md A18 gives about $1.5 billion with this source, The Daily Texan; its title does not print the number.',
  'fig-seedchip-2026-units-100000': 'facts-2026.md A2-16 gives at least 100,000 with this source, Reuters (via The Leap); its title does not print the number.',
  'fig-senate-vote-foreign-aid-79-18': 'facts.md A26 gives 79–18 with this source, Daily Caller News Foundation; its title does not print the number.',
  'fig-senate-vote-omnibus-68-29': 'facts.md A19 gives 68–29 with this source, Wikipedia; its title does not print the number.',
  'fig-social-media-mdl-cases-2172': 'facts-2026.md B2-12 gives 2,172 with this source, AboutLawsuits; its title does not print the number.',
  'fig-tiktok-canada-users-14-million': 'facts-2026.md A2-02 gives more than 14 million with this source, The Canadian Press (via Darpan); its title does not print the number.',
  'fig-tiktok-global-25000-jobs': 'facts.md B07: UPI and dpa-AFX report the 25,000-jobs pledge in their text; neither headline prints it.',
  'fig-tiktok-global-bytedance-80-percent': 'facts.md A11 gives 80% with this source, Reuters (via The Straits Times); its title does not print the number.',
  'fig-tiktok-global-education-fund-5-billion': 'facts.md B07: UPI and dpa-AFX report the “$5 billion” education-fund pledge in their text; neither headline prints it.',
  'fig-tiktok-global-oracle-12-5-percent': 'facts.md A11 gives 12.5% with this source, UPI; its title does not print the number.',
  'fig-tiktok-global-walmart-7-5-percent': 'facts.md A11 gives 7.5% with this source, UPI; its title does not print the number.',
  'fig-tiktok-shop-us-sales-2026-23-41-billion': 'facts-2026.md B2-11 gives $23.41 billion with this source, eMarketer; its title does not print the number.',
  'fig-tiktok-us-businesses-7-5-million': 'facts-2026.md A2-03 gives 7.5 million with this source, ITWeb; its title does not print the number.',
  'fig-tiktok-us-daily-minutes-80': 'facts-2026.md B2-02 gives 80 minutes with this source, CNBC (via AlphaBrief); its title does not print the number.',
  'fig-tiktok-us-daily-users-92-million': 'facts-2026.md A2-13 gives about 92 million with this source, FindArticles; its title does not print the number.',
  'fig-tiktok-us-daily-users-95-percent': 'facts-2026.md A2-13 gives about 95% with this source, CNBC (via Newzision); its title does not print the number.',
  'fig-tiktok-us-downloads-175-million': 'facts.md A05 gives more than 175 million with this source, Justia Regulations; its title does not print the number.',
  'fig-tiktok-us-users-100-million': 'facts.md B01 gives about 100 million with this source, Fortune; its title does not print the number.',
  'fig-tiktok-us-users-170-million': 'facts.md B01 gives 170 million with this source, Reuters (via Dunya News); its title does not print the number.',
  'fig-upscrolled-peak-daily-users-138500': 'facts-2026.md A2-13 gives about 138,500 with this source, TechCrunch (via Digital Market Reports); its title does not print the number.',
};

export const REVIEWED: ReviewLists = { undated: REVIEWED_UNDATED, figureNumbers: REVIEWED_FIGURE_NUMBERS };

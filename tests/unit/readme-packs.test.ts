/** What the README says about packs comes from the code: the rating table and the limits. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RATING_VERDICTS } from '../../data/records/claim-review.ts';
import { STALE_AFTER_DAYS } from '../../data/freshness.ts';
import { MAX_JSON_DEPTH, MAX_PACK_BYTES, MAX_PACK_RECORDS } from '../../data/records/pack-limits.ts';
import type { Verdict } from '../../data/records/schema.ts';
import { VERDICT_KEYS } from '../../data/records/record-text.ts';
import { englishT } from '../../data/i18n.ts';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('the README on context packs', () => {
  it('prints the ClaimReview rating table exactly as the code maps ratings', () => {
    const table = readme.split('<!-- rating-table:start -->')[1]!.split('<!-- rating-table:end -->')[0]!;
    const rows = table.trim().split('\n').slice(2);
    const fromReadme: Record<string, Verdict> = {};
    for (const row of rows) {
      const [ratings, label] = row.split('|').slice(1, 3).map((c) => c.trim());
      const verdict = (Object.keys(VERDICT_KEYS) as Verdict[]).find((v) => englishT(VERDICT_KEYS[v].label) === label)!;
      for (const r of ratings!.split(', ')) fromReadme[r] = verdict;
    }
    expect(fromReadme).toEqual({ ...RATING_VERDICTS });
  });

  it('prints each verdict with the label and definition a card shows in English', () => {
    for (const v of Object.keys(VERDICT_KEYS) as Verdict[]) {
      expect(readme).toContain(`| ${englishT(VERDICT_KEYS[v].label)} | ${englishT(VERDICT_KEYS[v].definition)} |`);
    }
  });

  it('states the limits the code enforces', () => {
    const flat = readme.replace(/\s+/g, ' ');
    expect(flat).toContain(`larger than ${MAX_PACK_BYTES / 1024 / 1024} MB (\`MAX_PACK_BYTES\`)`);
    expect(flat).toContain(`deeper than ${MAX_JSON_DEPTH} levels (\`MAX_JSON_DEPTH\`)`);
    expect(flat).toContain(`more than ${MAX_PACK_RECORDS.toLocaleString('en')} records and sources (\`MAX_PACK_RECORDS\`)`);
    expect(flat).toContain(`more than ${STALE_AFTER_DAYS} days before today (\`STALE_AFTER_DAYS\``);
  });
});

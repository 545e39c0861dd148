/**
 * The bundled dataset's recognition rules, each exercised: every exact-case alias
 * and every context-bound alias is tried with and without what it needs, and the
 * known hard cases are spelled out.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../data/dataset/index.ts';
import { createMatcher, findTerms } from '../../data/find-terms.ts';
import { datasetSchema } from '../../data/schema.ts';
import { allRecords, compileTermIndex } from '../../data/term-index.ts';

const ds = datasetSchema.parse(bundledDataset);
const matcher = createMatcher(compileTermIndex(ds));
const ids = (text: string) => findTerms(text, matcher).map((m) => m.id);
const spans = (text: string) => findTerms(text, matcher).map((m) => [text.slice(m.start, m.end), m.id]);

describe('explicit rules in the bundled dataset', () => {
  const rules = allRecords(ds).flatMap((r) =>
    r.aliases.flatMap((a) => (typeof a === 'string' || (!a.case && !a.context) ? [] : [{ id: r.id, ...a }])),
  );

  it('has rules to test', () => {
    expect(rules.length).toBeGreaterThan(3);
  });

  for (const rule of rules) {
    // The context word stands apart from the alias, so no longer alias ("Nvidia H20") forms.
    const near = rule.context ? `; so said the ${rule.context[0]} report.` : '.';
    if (rule.case === 'exact') {
      it(`"${rule.text}" (${rule.id}) needs its exact case`, () => {
        expect(ids(`Then ${rule.text} spoke${near}`)).toContain(rule.id);
        const other = rule.text === rule.text.toLowerCase() ? rule.text.toUpperCase() : rule.text.toLowerCase();
        expect(ids(`Then ${other} spoke${near}`)).not.toContain(rule.id);
      });
    }
    if (rule.context) {
      it(`"${rule.text}" (${rule.id}) counts only near ${rule.context.slice(0, 3).join(' / ')}`, () => {
        expect(ids(`The weather was mild and ${rule.text} was mentioned.`)).not.toContain(rule.id);
        expect(ids(`The weather was mild and ${rule.context![0]} and ${rule.text} were mentioned.`)).toContain(rule.id);
      });
    }
  }
});

describe('hard cases', () => {
  it('matches Oracle the company, not an oracle', () => {
    expect(ids('She consulted an oracle before the vote.')).not.toContain('ent-oracle');
    expect(ids('Oracle hosts the data.')).toContain('ent-oracle');
  });

  it('matches the name in a possessive, straight or curly', () => {
    expect(spans('ByteDance’s stake and ByteDance\'s board')).toEqual(
      expect.arrayContaining([
        ['ByteDance', expect.stringMatching(/^ent-bytedance/)],
      ]),
    );
    expect(spans('ByteDance’s stake').find(([, id]) => id?.startsWith('ent-'))?.[0]).toBe('ByteDance');
  });

  it('matches MGX only in capitals', () => {
    expect(ids('MGX took a stake.').some((id) => id.includes('mgx'))).toBe(true);
    expect(ids('the mgx file').some((id) => id.includes('mgx'))).toBe(false);
  });

  it('does not take Texas alone for Project Texas', () => {
    expect(ids('A storm hit Texas on Monday.').some((id) => id.includes('project-texas'))).toBe(false);
    expect(ids('Project Texas moved the data.').some((id) => id.includes('project-texas'))).toBe(true);
  });

  it('tells the two "$14 billion" figures apart by what is near them', () => {
    const valuation = ids('Vance said the new US company would be valued at about $14 billion.').filter((i) => i.startsWith('fig-'));
    const chips = ids('ByteDance plans to spend $14 billion on Nvidia chips.').filter((i) => i.startsWith('fig-'));
    expect(valuation).toHaveLength(1);
    expect(chips).toHaveLength(1);
    expect(valuation[0]).not.toBe(chips[0]);
  });

  it('finds the Chinese names', () => {
    const found = ids('字节跳动旗下的抖音');
    expect(found).toContain('ent-bytedance');
    expect(found.some((id) => id.includes('douyin'))).toBe(true);
  });

  it('finds the seed articles’ claims as they are worded', () => {
    expect(ids('it stores U.S. traffic on servers managed by Oracle.').some((i) => i.startsWith('clm-'))).toBe(true);
    expect(ids('The platform says it serves roughly 170 million users in the United States.').some((i) => i.startsWith('clm-'))).toBe(true);
    expect(ids('By becoming China’s largest buyer of Nvidia AI chips, ByteDance is investing.').some((i) => i.startsWith('clm-'))).toBe(true);
  });
});

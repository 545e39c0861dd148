/**
 * The bundled dataset's recognition rules, each exercised: every exact-case alias
 * and every context-bound alias is tried with and without what it needs, and the
 * known hard cases are spelled out.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../data/dataset/index.ts';
import { createMatcher, findTerms } from '../../data/match/find-terms.ts';
import { datasetSchema } from '../../data/records/schema.ts';
import { allRecords, compileTermIndex } from '../../data/records/term-index.ts';

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

describe('spellings in other languages and scripts', () => {
  it('finds the companies, people and agencies in a Chinese sentence, simplified and traditional', () => {
    const simplified = ids('TikTok首席执行官周受资表示，字节跳动已与甲骨文签署协议，美国外国投资委员会将审查，中国商务部回应。');
    expect(simplified).toEqual(expect.arrayContaining(['ent-shou-zi-chew', 'ent-bytedance', 'ent-oracle', 'ent-cfius', 'ent-mofcom']));
    const traditional = ids('周受資說，字節跳動創辦人張一鳴仍持有股份，美國最高法院維持該法律，商務部表示反對。');
    expect(traditional).toEqual(expect.arrayContaining(['ent-shou-zi-chew', 'ent-bytedance', 'ent-zhang-yiming', 'ent-supreme-court', 'ent-mofcom']));
  });

  it('finds the names in a Japanese sentence', () => {
    const found = ids('米連邦最高裁は、バイトダンスに米国事業の売却を義務づけるTikTok禁止法を支持した。対米外国投資委員会と米オラクルも関与する。');
    expect(found).toEqual(expect.arrayContaining(['ent-supreme-court', 'ent-bytedance', 'ent-pafaca', 'ent-cfius', 'ent-oracle']));
    expect(ids('チャン・イーミンが創業した')).toContain('ent-zhang-yiming');
  });

  it('finds the names in a Spanish sentence', () => {
    const found = ids('La Corte Suprema de Estados Unidos confirmó la ley; el Ministerio de Comercio de China y el Comité de Inversión Extranjera en Estados Unidos (CFIUS) respondieron.');
    expect(found).toEqual(expect.arrayContaining(['ent-supreme-court', 'ent-mofcom', 'ent-cfius']));
  });

  it('reads a bare foreign name for the Supreme Court only near a US reference', () => {
    expect(ids('La Corte Suprema de Chile falló el martes.')).not.toContain('ent-supreme-court');
    expect(ids('En Estados Unidos, la Corte Suprema falló el viernes.')).toContain('ent-supreme-court');
    expect(ids('最高裁は原告の上告を棄却した。')).not.toContain('ent-supreme-court');
    expect(ids('台湾最高法院驳回上诉。')).not.toContain('ent-supreme-court');
    expect(ids('Der Oberste Gerichtshof in Wien entschied.')).not.toContain('ent-supreme-court');
  });

  it('reads 甲骨文 as Oracle only in the company’s context, not oracle-bone script', () => {
    expect(ids('安阳出土的甲骨文是商代的文字。')).not.toContain('ent-oracle');
    expect(ids('甲骨文将负责TikTok美国用户数据的安全。')).toContain('ent-oracle');
  });

  it('finds the press names of the 2024 law', () => {
    for (const name of ['the TikTok ban law', 'the divest-or-ban law', 'PAFACA']) {
      expect(ids(`Critics of ${name} sued.`)).toContain('ent-pafaca');
    }
  });
});

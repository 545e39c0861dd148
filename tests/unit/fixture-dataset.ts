/** A small, valid dataset for unit tests that must not depend on the bundled one. */
import type { DatasetInput } from '../../data/records/schema.ts';

export function miniDataset(version = '2026.01.01'): DatasetInput {
  return {
    meta: { version, lastReviewed: '2026-01-01', title: 'Test', license: 'test' },
    sources: [
      {
        id: 'src-a', url: 'https://example.com/a', publisher: 'Example', title: 'A story: 170 million users, a $14 billion venture, 100 billion yuan of chips, a 19.9% stake, a 352–65 vote', published: '2025-01-17',
        kind: 'news', confidence: 'high',
      },
    ],
    entities: [
      { id: 'ent-bytedance', kind: 'company', name: 'ByteDance', summary: 'Parent of TikTok.', role: 'Owner.', related: ['evt-2025-01-17-ruling'], sources: ['src-a'], aliases: ['ByteDance', { text: '字节跳动', lang: 'zh' }] },
      { id: 'ent-oracle', kind: 'company', name: 'Oracle', summary: 'Cloud company.', role: 'Hosts data.', sources: ['src-a'], aliases: [{ text: 'Oracle', case: 'exact', note: 'the company, not the word' }] },
      { id: 'ent-tiktok', kind: 'product', name: 'TikTok', summary: 'Video app.', role: 'The app.', sources: ['src-a'], aliases: ['TikTok'] },
      { id: 'ent-jv', kind: 'company', name: 'TikTok USDS Joint Venture', summary: 'The US venture.', role: 'Runs US data.', sources: ['src-a'], aliases: ['TikTok USDS Joint Venture'] },
      { id: 'ent-chew', kind: 'person', name: 'Shou Zi Chew', summary: 'TikTok CEO.', role: 'Testified.', sources: ['src-a'], aliases: ['Shou Zi Chew', { text: 'Chew', case: 'exact', context: ['TikTok', 'CEO'], note: 'also a verb' }] },
    ],
    events: [
      { id: 'evt-2025-01-17-ruling', date: '2025-01-17', precision: 'day', title: 'Supreme Court upholds the law', summary: 'Decided.', entities: ['ent-bytedance'], sources: ['src-a'], aliases: ['TikTok v. Garland'], matchDate: true },
    ],
    claims: [
      {
        id: 'clm-oracle-servers', statement: 'TikTok stores US traffic on Oracle servers', verdict: 'supported', explanation: 'Since 2022.',
        evidence: ['Routing announced June 2022.'], sources: ['src-a'], aliases: ['stores U.S. traffic on servers managed by Oracle'],
        cues: [['oracle'], ['servers', 'cloud'], ['traffic', 'user data']],
      },
    ],
    figures: [
      { id: 'fig-users-170m', value: '170 million', measures: 'US users', asOf: '2024-03-13', claimedBy: 'TikTok', sources: ['src-a'], numbers: [{ kind: 'amount', value: '170', scale: 'million' }] },
      { id: 'fig-jv-14bn', value: '$14 billion', measures: 'JV valuation', asOf: '2025-09-25', claimedBy: 'JD Vance', sources: ['src-a'], numbers: [{ kind: 'amount', value: '14', scale: 'billion', currency: 'USD' }], context: ['valuation', 'valued', 'joint venture'] },
      { id: 'fig-nvidia-14bn', value: '100 billion yuan', measures: 'Nvidia budget', asOf: '2025-12-31', claimedBy: 'Reports', sources: ['src-a'], numbers: [{ kind: 'amount', value: '100', scale: 'billion', currency: 'CNY' }, { kind: 'amount', value: '14', scale: 'billion', currency: 'USD' }], context: ['nvidia', 'chips'] },
      { id: 'fig-stake', value: '19.9%', measures: 'ByteDance stake', asOf: '2025-12-18', claimedBy: 'AP', sources: ['src-a'], numbers: [{ kind: 'percent', value: '19.9' }] },
      { id: 'fig-vote', value: '352–65', measures: 'House vote', asOf: '2024-03-13', claimedBy: 'House', sources: ['src-a'], numbers: [{ kind: 'tally', yes: '352', no: '65' }] },
    ],
  };
}

import { describe, expect, it } from 'vitest';
import { detectCoverage, mentionsTopic } from '../../data/topic.ts';

const para = (s: string, n = 1) => Array.from({ length: n }, () => s).join('\n');

describe('mentionsTopic (the gate)', () => {
  it('passes a page that names TikTok, ByteDance or Douyin, in any case or in Chinese', () => {
    expect(mentionsTopic(['Latest: TIKTOK deal'])).toBe(true);
    expect(mentionsTopic(['', '字节跳动发布财报'])).toBe(true);
  });
  it('stops a page that does not', () => {
    expect(mentionsTopic(['City council approves bike lanes', 'The vote was 7-2.'])).toBe(false);
  });
});

describe('detectCoverage', () => {
  const story =
    'Lawmakers said ByteDance must divest TikTok or face a ban. The Supreme Court upheld the law on national security grounds. ' +
    'Oracle will hold a stake in the joint venture, and Beijing must approve any export of the algorithm. TikTok said its data stays in the US.';

  it('calls a story about the divest-or-ban law coverage', () => {
    expect(detectCoverage({ title: 'TikTok deal', headline: 'TikTok deal closes', mainText: story }).coverage).toBe(true);
  });

  it('ignores a lifestyle story about a dance that went viral on TikTok', () => {
    const text = para('The dance went viral on TikTok last week. TikTok creators filmed it at weddings. Fans posted it to TikTok and Instagram. The choreographer loves the music.', 2);
    const d = detectCoverage({ title: 'The dance everyone is doing', headline: 'The dance everyone is doing', mainText: text });
    expect(d.coverage).toBe(false);
    expect(d.reason).toMatch(/passing mention/);
  });

  it('ignores a chip-race story that names ByteDance once', () => {
    const text = para('Nvidia chips face export controls from Washington. Beijing responded with subsidies for semiconductor firms. ', 5) +
      'Buyers include Alibaba, Tencent and ByteDance. ' + para('Data centres in China need more GPUs.', 3);
    expect(detectCoverage({ title: 'The chip race', headline: 'The chip race', mainText: text }).coverage).toBe(false);
  });

  it('does not count TikTok inside another word', () => {
    const d = detectCoverage({ title: '', headline: '', mainText: 'tiktoker tiktokers mytiktok ' + story.replace(/TikTok|ByteDance/g, 'the company') });
    expect(d.mentions).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { detectCoverage, mentionsTopic } from '../../data/match/topic.ts';

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

describe('detectCoverage in the languages the story is told in', () => {
  const cases: [string, string, string][] = [
    ['zh', '字节跳动剥离TikTok', '美国最高法院裁定维持要求字节跳动出售TikTok的法律。国会以国家安全为由通过该法案，白宫表示TikTok必须剥离。字节跳动表示，算法受中国出口管制，任何交易都需北京批准。甲骨文将负责数据。'],
    ['zh', '字節跳動出售TikTok', '美國最高法院裁定維持要求字節跳動出售TikTok的法律。國會以國家安全為由通過該法案，白宮表示TikTok必須剝離。字節跳動表示，演算法受中國出口管制，任何交易都需北京批准。甲骨文將負責數據。'],
    ['ja', 'バイトダンスとTikTok売却', '米連邦最高裁は、バイトダンスにTikTokの売却を求める法律を支持した。議会は安全保障を理由に法案を可決し、ホワイトハウスは売却を求めた。アルゴリズムは中国の輸出規制の対象で、トランプ政権はオラクルとの合弁を承認した。TikTokは米国で禁止される。'],
    ['es', 'ByteDance debe vender TikTok', 'El Tribunal Supremo respaldó la ley que obliga a ByteDance a vender TikTok por motivos de seguridad nacional. El Congreso aprobó la ley y la Casa Blanca busca un acuerdo con Pekín, que controla la exportación del algoritmo. TikTok dijo que los datos de sus usuarios están a salvo.'],
    ['fr', 'ByteDance doit céder TikTok', "La Cour suprême a validé la loi qui oblige ByteDance à céder TikTok pour des raisons de sécurité nationale. Le Congrès a voté la loi et la Maison Blanche cherche un accord avec Pékin, qui contrôle l'exportation de l'algorithme. TikTok affirme que les données sont protégées."],
    ['de', 'ByteDance muss TikTok verkaufen', 'Der Oberste Gerichtshof bestätigte das Gesetz, das ByteDance zum Verkauf von TikTok zwingt. Der Kongress hat das Gesetz aus Gründen der nationalen Sicherheit beschlossen; die Regierung sucht eine Einigung mit Peking, das den Export des Algorithmus kontrolliert. TikTok sagt, die Daten seien sicher.'],
    ['pt', 'ByteDance deve vender o TikTok', 'A Suprema Corte manteve a lei que obriga a ByteDance a vender o TikTok por razões de segurança nacional. O Congresso aprovou a lei e a Casa Branca busca um acordo com Pequim, que controla a exportação do algoritmo. O TikTok afirma que os dados dos usuários estão protegidos.'],
  ];
  for (const [lang, headline, mainText] of cases) {
    it(`calls a ${lang} story about the divestiture coverage, counting ${lang} subject words`, () => {
      const d = detectCoverage({ title: headline, headline, mainText, lang });
      expect(d.language.language).toBe(lang);
      expect(d.coverage, d.reason).toBe(true);
    });
  }

  it('finds TikTok written straight against Chinese characters', () => {
    expect(detectCoverage({ title: '', headline: '', mainText: '用户在TikTok上发布视频，TikTok表示' }).mentions).toBe(2);
  });

  it('ignores a Chinese food-trend story that names 抖音 in passing', () => {
    const text = para('这道菜最近在抖音上很火，很多网友跟着视频学做。厨师说关键是火候和酱汁。', 3);
    const d = detectCoverage({ title: '网红菜谱', headline: '网红菜谱', mainText: text, lang: 'zh-CN' });
    expect(d.coverage).toBe(false);
  });

  it('ignores a Spanish recipe story that says TikTok three times', () => {
    const text = para('La receta de pasta con queso feta se hizo viral en TikTok. Miles de usuarios de TikTok la cocinaron en casa. La cocinera publicó el vídeo en TikTok y en Instagram.', 1);
    expect(detectCoverage({ title: 'La pasta viral', headline: 'La pasta viral', mainText: text, lang: 'es' }).coverage).toBe(false);
  });

  it('needs only two mentions where the story is thick with its subject words', () => {
    const chips = 'China\'s internet companies stockpiled Nvidia H20 chips before Washington halted export licences. ByteDance and Alibaba ordered GPUs for artificial intelligence work in data centres; the Commerce Department tightened export controls on semiconductor sales, and Beijing answered with its own regulation. ByteDance declined to comment on the deal.';
    const d = detectCoverage({ title: 'Chip hoarding', headline: 'Chip hoarding', mainText: chips });
    expect(d.mentions).toBe(2);
    expect(d.cues).toBeGreaterThanOrEqual(10);
    expect(d.coverage).toBe(true);
    // The same story with one mention is a passing one.
    expect(detectCoverage({ title: 'Chip hoarding', headline: 'Chip hoarding', mainText: chips.replace('ByteDance and', 'Tencent and') }).coverage).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../data/match/language.ts';

const es = 'El Tribunal Supremo de Estados Unidos respaldó la ley que obliga a ByteDance a vender TikTok. Según el fallo, la ley es constitucional y la empresa tiene hasta el 19 de enero para vender sus operaciones, pero la compañía dijo que no lo hará.';
const pt = 'O Congresso dos Estados Unidos aprovou um projeto de lei que pode resultar no banimento do TikTok no país. A ByteDance terá de encontrar um comprador para as operações do TikTok, sob pena de ver o aplicativo banido. A medida foi assinada pelo presidente.';
const fr = "La Cour suprême des États-Unis a validé la loi qui impose à ByteDance de céder TikTok. Selon les juges, la loi est conforme à la Constitution et le réseau social doit être vendu avant le 19 janvier, sinon il sera interdit dans le pays.";
const de = 'Der Oberste Gerichtshof der USA hat das Gesetz bestätigt, das ByteDance zum Verkauf von TikTok zwingt. Die App wird verboten, wenn sie nicht bis zum 19. Januar verkauft wird, und die Regierung hat das auch nicht ausgeschlossen.';
const en = 'The Supreme Court upheld the law that requires ByteDance to sell TikTok. The justices said the law does not violate the First Amendment, and that it was passed with the support of both parties in Congress.';
const zh = '美国最高法院周五裁定维持要求字节跳动出售TikTok的法律。该法律规定，如果字节跳动在1月19日前不出售TikTok的美国业务，该应用将在美国被禁止。';
const ja = '米連邦最高裁は、バイトダンスにTikTokの売却を求める法律を支持した。売却されなければ、アプリは1月19日から米国で禁止されることになる。';

describe('detectLanguage', () => {
  it('takes <html lang> when the text agrees', () => {
    expect(detectLanguage('es-ES', es)).toEqual({ language: 'es', from: 'both' });
    expect(detectLanguage('de', de)).toEqual({ language: 'de', from: 'both' });
  });

  it('tells each supported language from its text when lang is missing', () => {
    expect(detectLanguage('', en).language).toBe('en');
    expect(detectLanguage('', es).language).toBe('es');
    expect(detectLanguage('', pt).language).toBe('pt');
    expect(detectLanguage('', fr).language).toBe('fr');
    expect(detectLanguage('', de).language).toBe('de');
    expect(detectLanguage('', zh).language).toBe('zh');
    expect(detectLanguage('', ja).language).toBe('ja');
  });

  it('overrules a template that says lang="en" on a Portuguese or Chinese article', () => {
    expect(detectLanguage('en', pt)).toEqual({ language: 'pt', from: 'text' });
    expect(detectLanguage('en-US', zh)).toEqual({ language: 'zh', from: 'text' });
  });

  it('tells Japanese from Chinese by its kana, whatever lang says', () => {
    expect(detectLanguage('zh-CN', ja).language).toBe('ja');
    expect(detectLanguage('ja', zh).language).toBe('zh');
  });

  it('keeps the attribute when the text is too short to say', () => {
    expect(detectLanguage('fr', 'TikTok ByteDance')).toEqual({ language: 'fr', from: 'attribute' });
    expect(detectLanguage('ko', 'TikTok').language).toBe('other');
  });
});

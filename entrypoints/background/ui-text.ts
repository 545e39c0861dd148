/**
 * The worker's UI language: the text it writes into cards, the side panel, search
 * results and pack problems comes from _locales/ through browser.i18n, which
 * service workers have (getMessage, getUILanguage), and its dates are in that language.
 */
import { browser } from 'wxt/browser';
import { createT, type UiText } from '../../data/i18n.ts';

export function browserText(i18n: Pick<typeof browser.i18n, 'getMessage' | 'getUILanguage'> = browser.i18n): UiText {
  return { t: createT((key, subs) => i18n.getMessage(key as never, subs)), locale: i18n.getUILanguage() };
}

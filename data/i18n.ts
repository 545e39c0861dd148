/**
 * UI strings through the browser's i18n (public/_locales/<lang>/messages.json),
 * ready for translation. `createT` takes the browser's getMessage as a parameter,
 * so components and tests run without a browser: where it is missing or has no
 * such message, the English text from messages.json is used.
 */
import english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;
/** A message by key, with `$1`…`$9` filled in from the substitutions. */
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;
type GetMessage = (key: string, substitutions?: string[]) => string;

const fill = (message: string, subs: string[]) => message.replace(/\$([1-9])/g, (whole, n: string) => subs[Number(n) - 1] ?? whole);

export function createT(getMessage?: GetMessage): Translate {
  return (key, ...substitutions) => {
    const subs = substitutions.map(String);
    const got = getMessage?.(key, subs);
    return got || fill(english[key].message, subs);
  };
}

/** English, from messages.json: the default for components and their tests. */
export const englishT: Translate = createT();

/**
 * A count in words: `one` when the language's plural rule says "one" for `n`, else `other`.
 * browser.i18n has no plurals; two keys cover English and most languages a first translation needs.
 */
export function plural(t: Translate, n: number, one: MessageKey, other: MessageKey, locale = 'en', ...more: (string | number)[]): string {
  let rule = n === 1 ? 'one' : 'other';
  try {
    rule = new Intl.PluralRules(locale).select(n);
  } catch {
    // An unknown language tag: English's rule.
  }
  return t(rule === 'one' ? one : other, n, ...more);
}

/**
 * What a data/ builder needs to write text a reader sees: the messages and the
 * language its dates are formatted in. The background passes browser.i18n's.
 */
export interface UiText {
  t: Translate;
  /** The browser's UI language (i18n.getUILanguage()). */
  locale: string;
}

/** English, as messages.json has it: the default wherever no browser is asked. */
export const englishText: UiText = { t: englishT, locale: 'en' };

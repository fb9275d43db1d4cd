/** Message lookup with `{{name}}` interpolation; one instance per language shown (no global state). */
import { en, type MessageKey } from './catalog-en.ts';
import { DEFAULT_LANGUAGE, matchLanguage, textDirection, type Language } from './languages.ts';
import { addEnglishPart, lookupMessage } from './messages.ts';

addEnglishPart('core', en);

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

export interface I18n {
  /** For dates, numbers and lists: the `locale` pref as set (e.g. `en-GB`), else the language. */
  locale: string;
  /** Whose words: a language with a catalogue. */
  language: Language;
  dir: 'ltr' | 'rtl';
  t: Translate;
  /**
   * The message for `count` by the language's plural rules, with `count` passed: `one` for CLDR "one",
   * else `other`, or the language's own form of it (`other_zero`, `_two`, `_few`, `_many`) when it has one.
   */
  plural: (count: number, one: MessageKey, other: MessageKey, params?: TranslateParams) => string;
}

/**
 * A key whose part was never loaded is a bug in the module that shows it (it must import the part from
 * ./en/): development and test builds fail loudly; production shows the key rather than nothing.
 */
function missing(key: string) {
  if (import.meta.env.MODE !== 'production') throw new Error(`Missing message "${key}": import its part from lib/i18n/en/`);
  return key;
}

/**
 * Numbers in params are written the locale's way (`1,000` / `1.000`). In a right-to-left language each
 * text param is a first-strong isolate: a name, an address or a number in Latin script keeps its own
 * order and does not reorder the Arabic around it.
 */
function interpolate(template: string, params: TranslateParams | undefined, numbers: Intl.NumberFormat, isolate: boolean) {
  if (!params) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, name: string) => {
    const value = params[name];
    if (typeof value === 'number') return numbers.format(value);
    return isolate && value ? `\u2068${value}\u2069` : (value ?? '');
  });
}

/** ICU's tag for "accented English": development and mock builds show pseudo-translated words for it. */
export const PSEUDO_LOCALE = 'en-XA';

const PLAIN = 'aeiouyAEIOUYcnsz';
const ACCENTS = 'áéîõüýÅÉÎÕÜÝçñšž';

/**
 * A pseudo-translation: accented, about 40 % longer, in brackets (a cut-off end shows), placeholders
 * untouched. Text that breaks the layout in it would break in German or in a long name.
 */
export function pseudoTranslate(text: string): string {
  const accented = text.replace(/\{\{\s*\w+\s*\}\}|[a-zA-Z]/g, (match) => (match.length === 1 && PLAIN.includes(match) ? ACCENTS.charAt(PLAIN.indexOf(match)) : match));
  const padding = 'ŀöŕéḿ ïƥšûḿ ðöŀöŕ šîţ åḿéţ '.repeat(Math.ceil(text.length / 25)).slice(0, Math.ceil(text.length * 0.4));
  return `[${accented} ${padding.trim()}]`;
}

/**
 * `locale` sets the formats; the words are its language's when a catalogue exists (else English). A
 * message its language has not loaded yet (see load-language.ts) shows in English.
 */
export function createI18n(locale: string = DEFAULT_LANGUAGE, language: Language = matchLanguage([locale]) ?? DEFAULT_LANGUAGE): I18n {
  const pseudo = __MOCK_AVAILABLE__ && locale === PSEUDO_LOCALE;
  const message = (key: string) => {
    const text = lookupMessage(language, key) ?? lookupMessage(DEFAULT_LANGUAGE, key);
    return pseudo && text !== undefined ? pseudoTranslate(text) : text;
  };
  const numbers = new Intl.NumberFormat(locale);
  const isolate = textDirection(language) === 'rtl';
  const t: Translate = (key, params) => {
    const template = message(key);
    return template === undefined ? missing(key) : interpolate(template, params, numbers, isolate);
  };
  const rules = new Intl.PluralRules(language);
  return {
    locale,
    language,
    dir: textDirection(language),
    t,
    plural: (count, one, other, params) => {
      const category = rules.select(count);
      const all = { count, ...params };
      if (category === 'one') return t(one, all);
      const own = category === 'other' ? undefined : lookupMessage(language, `${other}_${category}`);
      return own === undefined ? t(other, all) : interpolate(own, all, numbers, isolate);
    },
  };
}

/** Message lookup with `{{name}}` interpolation; one instance per mounted app (no global state). */
import { en, type MessageKey } from './catalog-en.ts';
import { addMessages, lookupMessage } from './messages.ts';

addMessages('en', en);

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

export interface I18n {
  locale: string;
  t: Translate;
  /** Picks the "one" or "other" message by the language's plural rules and passes `count`. */
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

export function createI18n(locale = 'en'): I18n {
  const t: Translate = (key, params) => {
    const template = lookupMessage(locale, key) ?? lookupMessage('en', key);
    if (template === undefined) return missing(key);
    return params ? template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, name: string) => String(params[name] ?? '')) : template;
  };
  const rules = new Intl.PluralRules(locale);
  return {
    locale,
    t,
    plural: (count, one, other, params) => t(rules.select(count) === 'one' ? one : other, { count, ...params }),
  };
}

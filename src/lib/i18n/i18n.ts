/** Message lookup with `{{name}}` interpolation; one instance per mounted app (no global state). */
import rosetta from 'rosetta';
import { en, type Catalog, type MessageKey } from './catalog-en.ts';

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

export interface I18n {
  locale: string;
  t: Translate;
  /** Picks the "one" or "other" message by the language's plural rules and passes `count`. */
  plural: (count: number, one: MessageKey, other: MessageKey, params?: TranslateParams) => string;
}

export function createI18n(locale = 'en', catalog: Catalog = en): I18n {
  const store = rosetta<Catalog>({ [locale]: catalog });
  store.locale(locale);
  const t: Translate = (key, params) => store.t(key, params) || key;
  const rules = new Intl.PluralRules(locale);
  return {
    locale,
    t,
    plural: (count, one, other, params) => t(rules.select(count) === 'one' ? one : other, { count, ...params }),
  };
}

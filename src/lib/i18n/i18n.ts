/** Message lookup with `{{name}}` interpolation; one instance per mounted app (no global state). */
import rosetta from 'rosetta';
import { en, type Catalog, type MessageKey } from './catalog-en.ts';

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

export interface I18n {
  locale: string;
  t: Translate;
}

export function createI18n(locale = 'en', catalog: Catalog = en): I18n {
  const store = rosetta<Catalog>({ [locale]: catalog });
  store.locale(locale);
  return { locale, t: (key, params) => store.t(key, params) || key };
}

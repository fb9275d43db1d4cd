import { LANGUAGES } from '../../lib/i18n/languages.ts';

/** The `<option>`s of a language picker: every language with words here, each in its own name (and `lang`). */
export function LanguageOptions() {
  return LANGUAGES.map(({ code, name }) => (
    <option key={code} value={code} lang={code}>
      {name}
    </option>
  ));
}

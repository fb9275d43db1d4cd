/**
 * The languages whose words exist (a catalogue per language under lib/i18n/). A `locale` pref or a
 * browser language picks one by its primary subtag (`de-CH` → German); regional formats follow the full tag.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
  { code: 'fr', name: 'Français' },
  { code: 'es', name: 'Español' },
  { code: 'ja', name: '日本語' },
  { code: 'ar', name: 'العربية' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'en';

const CODES: readonly string[] = LANGUAGES.map((language) => language.code);
const RIGHT_TO_LEFT: readonly string[] = ['ar'];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && CODES.includes(value);
}

/** The first tag (in order of preference) whose language has words here; undefined when none has. */
export function matchLanguage(tags: readonly (string | undefined)[]): Language | undefined {
  for (const tag of tags) {
    const primary = tag?.split(/[-_]/)[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return undefined;
}

export function textDirection(language: Language): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.includes(language) ? 'rtl' : 'ltr';
}

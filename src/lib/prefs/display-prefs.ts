/**
 * The display prefs every page applies (theme, language, time zone), read from the account's prefs.
 * Prefs are free-form and shared with other apps: anything malformed reads as "not set".
 */
export type Theme = 'light' | 'dark' | 'system';

export interface DisplayPrefs {
  theme: Theme;
  /** A well-formed BCP 47 tag, canonicalised (e.g. `en-GB`); undefined = not set. */
  locale: string | undefined;
  /** An IANA time zone name; undefined = the browser's. */
  timeZone: string | undefined;
}

/**
 * Only the syntax is checked: asking ICU which locales it has data for costs ≈ 20 ms on first use, on
 * the render path; formatters fall back by themselves when it has none.
 */
function wellFormedLocale(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}

export function readDisplayPrefs(prefs: Record<string, unknown>): DisplayPrefs {
  const { theme, locale, timezone } = prefs;
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : 'system',
    locale: wellFormedLocale(locale),
    timeZone: typeof timezone === 'string' && timezone ? timezone : undefined,
  };
}

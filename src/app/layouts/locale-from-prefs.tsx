import { useMemo, type ReactNode } from 'react';
import { createI18n } from '../../lib/i18n/i18n.ts';
import { I18nProvider, useI18n } from '../../lib/i18n/i18n-context.tsx';

/**
 * A well-formed language tag. Only the syntax is checked: asking ICU which locales it has data for
 * costs ≈ 20 ms on first use, on the render path; formatters fall back by themselves when it has none.
 */
function wellFormed(locale: unknown): locale is string {
  if (typeof locale !== 'string' || !locale) return false;
  try {
    return Intl.getCanonicalLocales(locale).length > 0;
  } catch {
    return false;
  }
}

/**
 * The signed-in pages use the language of the user's prefs (synced across devices) for dates and
 * numbers. Messages stay English until more catalogues exist.
 */
export function LocaleFromPrefs({ locale, children }: { locale: unknown; children: ReactNode }) {
  const outer = useI18n();
  const i18n = useMemo(() => (wellFormed(locale) && locale !== outer.locale ? createI18n(locale) : outer), [locale, outer]);
  return <I18nProvider value={i18n}>{children}</I18nProvider>;
}

import { useMemo, type ReactNode } from 'react';
import { createI18n } from '../../lib/i18n/i18n.ts';
import { I18nProvider, useI18n } from '../../lib/i18n/i18n-context.tsx';

/**
 * The signed-in pages use the language of the user's prefs (synced across devices) for dates and
 * numbers. Messages stay English until more catalogues exist.
 */
export function LocaleFromPrefs({ locale, children }: { locale: string | undefined; children: ReactNode }) {
  const outer = useI18n();
  const i18n = useMemo(() => (locale && locale !== outer.locale ? createI18n(locale) : outer), [locale, outer]);
  return <I18nProvider value={i18n}>{children}</I18nProvider>;
}

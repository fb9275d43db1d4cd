import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { accountQueries } from '../../api/account/account-queries.ts';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { markSurface, useSurface } from '../../config/runtime-config-context.tsx';
import { createI18n } from '../../lib/i18n/i18n.ts';
import { I18nProvider } from '../../lib/i18n/i18n-context.tsx';
import { matchLanguage, type Language } from '../../lib/i18n/languages.ts';
import { isLanguageLoaded, loadLanguage } from '../../lib/i18n/load-language.ts';
import { onEnglishPart } from '../../lib/i18n/messages.ts';
import { readDisplayPrefs } from '../../lib/prefs/display-prefs.ts';
import { rememberDeviceDisplay } from '../../lib/prefs/device-display.ts';
import { createRequiredContext } from '../../lib/required-context.tsx';

export interface LanguageControl {
  /** The language shown. */
  language: Language;
  /** A signed-out visitor's pick: shown at once (once loaded) and remembered on this device. */
  choose: (language: Language) => void;
}

export const [LanguageControlProvider, useLanguageControl] = createRequiredContext<LanguageControl>('LanguageProvider');

const browserLanguages = (): readonly string[] => (typeof navigator === 'undefined' ? [] : navigator.languages);

/**
 * Which language the app speaks: `locked` (a host app's choice); else the signed-in account's `locale` pref; else the visitor's pick on this
 * device; else `initial` (what this device last showed, or the browser's languages: device-display.ts).
 * A language shows once its words are loaded (the previous one stays meanwhile), and sets `lang` and
 * `dir` on <html>: the whole page flips, no reload.
 */
export function LanguageProvider({ initial, locked, children }: { initial: Language; locked?: Language | undefined; children: ReactNode }) {
  const api = useAppwrite();
  // Read from the cache only: the routes fetch the account.
  const { data: account } = useQuery({ ...accountQueries.account(api), enabled: false });
  const accountLocale = account ? readDisplayPrefs(account.prefs).locale : undefined;
  const [picked, setPicked] = useState(initial);
  const wanted: Language = locked ?? (accountLocale ? (matchLanguage([accountLocale]) ?? 'en') : picked);
  const [shown, setShown] = useState(wanted);
  // Bumped when words arrive: a new i18n object re-renders whatever shows them.
  const [loads, setLoads] = useState(0);
  if (isLanguageLoaded(wanted) && shown !== wanted) setShown(wanted);
  // The account's language stays after signing out.
  if (accountLocale && picked !== shown) setPicked(shown);

  useEffect(() => {
    // Now, and whenever lazy code (a page, a dialog) brings more English: its words follow.
    // Offline, the words that did load show; the next page's load tries again.
    const load = () => void loadLanguage(wanted)?.then(() => setLoads((n) => n + 1), () => undefined);
    load();
    return onEnglishPart(load);
  }, [wanted]);

  // Formats: the pref as set (`en-GB`), else the browser's own tag for the language shown (`de-CH`).
  const locale = [accountLocale, ...browserLanguages()].find((tag) => tag && matchLanguage([tag]) === shown) ?? shown;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `loads`: same arguments, more words
  const i18n = useMemo(() => createI18n(locale, shown), [locale, shown, loads]);

  // On <html>, or on the embedded instance's own element.
  const surface = useSurface();
  useEffect(() => {
    if (surface.element) markSurface(surface.element, { lang: i18n.locale, dir: i18n.dir });
  }, [i18n, surface]);
  // ... and on this device's next visit (not an embedded instance: the host's page is not ours).
  useEffect(() => {
    if (accountLocale && surface.ownsDocument) rememberDeviceDisplay({ language: shown, chosen: false });
  }, [accountLocale, shown, surface]);

  const choose = (language: Language) => {
    setPicked(language);
    if (surface.ownsDocument) rememberDeviceDisplay({ language, chosen: true });
  };
  return (
    <LanguageControlProvider value={{ language: shown, choose }}>
      <I18nProvider value={i18n}>{children}</I18nProvider>
    </LanguageControlProvider>
  );
}

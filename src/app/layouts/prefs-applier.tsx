import { useEffect } from 'react';
import type { Account } from '../../api/account-queries.ts';

/** Applies the synced display prefs to the page: theme (light/dark/system) and language (`lang`, formats). */
export function PrefsApplier({ account }: { account: Account }) {
  const { theme, locale } = account.prefs;
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
    if (typeof locale === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) root.lang = locale;
    return () => {
      delete root.dataset.theme;
    };
  }, [theme, locale]);
  return null;
}

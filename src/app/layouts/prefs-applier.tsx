import { useEffect } from 'react';
import type { DisplayPrefs } from '../../lib/prefs/display-prefs.ts';

/** Applies the synced display prefs to the page: theme (light/dark/system) and language (`lang`). */
export function PrefsApplier({ theme, locale }: Pick<DisplayPrefs, 'theme' | 'locale'>) {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    if (locale) root.lang = locale;
    return () => {
      delete root.dataset.theme;
    };
  }, [theme, locale]);
  return null;
}

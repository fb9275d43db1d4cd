import { useEffect } from 'react';
import type { Theme } from '../../lib/prefs/display-prefs.ts';
import { rememberDeviceDisplay } from '../../lib/prefs/device-display.ts';

/**
 * Applies the synced theme pref (light/dark/system) to the page, and remembers it on this device: the
 * signed-out pages keep it after signing out, and the next visit paints in it from the first frame.
 * (The language: LanguageProvider.)
 */
export function PrefsApplier({ theme }: { theme: Theme }) {
  useEffect(() => {
    applyTheme(theme);
    rememberDeviceDisplay({ theme });
  }, [theme]);
  return null;
}

export function applyTheme(theme: Theme) {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

import { useEffect } from 'react';
import { markSurface, useSurface } from '../../config/runtime-config-context.tsx';
import type { Theme } from '../../lib/prefs/display-prefs.ts';
import { rememberDeviceDisplay } from '../../lib/prefs/device-display.ts';

/**
 * Applies the synced theme pref (light/dark/system) to the page (or to the embedded instance's element),
 * and remembers it on this device: the signed-out pages keep it after signing out, and the next visit
 * paints in it from the first frame. (The language: LanguageProvider.)
 */
export function PrefsApplier({ theme }: { theme: Theme }) {
  const surface = useSurface();
  useEffect(() => {
    if (surface.element) markSurface(surface.element, { 'data-theme': theme === 'system' ? undefined : theme });
    if (surface.ownsDocument) rememberDeviceDisplay({ theme });
  }, [theme, surface]);
  return null;
}

/**
 * Inlined into every page's <head> (by build/plugins/first-paint.ts), so it is self-contained: no
 * imports, nothing from module scope. Before the first paint it applies what this device last showed
 * (src/lib/prefs/device-display.ts writes it): the theme, so a dark-mode user never sees a white frame,
 * and the language with its direction (else the browser's best match), the same choice main.tsx makes.
 */
export function applyDeviceDisplay(key: string, languages: string[], rightToLeft: string[]) {
  const root = document.documentElement;
  let saved: { language?: unknown; theme?: unknown } = {};
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
    if (typeof parsed === 'object' && parsed !== null) saved = parsed;
  } catch {
    // No storage, or not JSON: nothing remembered.
  }
  if (saved.theme === 'light' || saved.theme === 'dark') root.dataset.theme = saved.theme;
  for (const tag of [saved.language, ...navigator.languages]) {
    const primary = typeof tag === 'string' ? tag.split(/[-_]/)[0]?.toLowerCase() : undefined;
    if (primary && languages.includes(primary)) {
      root.lang = primary;
      root.dir = rightToLeft.includes(primary) ? 'rtl' : 'ltr';
      return;
    }
  }
}

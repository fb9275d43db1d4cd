/**
 * What this device last showed (language, theme), so signed-out and landing pages greet the user as
 * the settings did, from the first paint (index.html's first-paint script reads the same key).
 * `chosen`: the language was picked on a signed-out page, so it becomes the account's `locale` pref
 * after sign-in if that has none.
 */
import { isLanguage, matchLanguage, type Language } from '../i18n/languages.ts';
import type { Theme } from './display-prefs.ts';

export const DEVICE_DISPLAY_KEY = 'account-dashboard:display';

export interface DeviceDisplay {
  language?: Language;
  chosen?: boolean;
  theme?: Theme;
}

export function readDeviceDisplay(): DeviceDisplay {
  try {
    // `null` throws here too: anything but an object reads as nothing remembered.
    const { language, chosen, theme } = JSON.parse(localStorage.getItem(DEVICE_DISPLAY_KEY) ?? '{}') as Record<string, unknown>;
    return {
      ...(isLanguage(language) && { language, ...(chosen === true && { chosen }) }),
      ...((theme === 'light' || theme === 'dark' || theme === 'system') && { theme }),
    };
  } catch {
    // No storage (privacy mode) or garbage in it.
    return {};
  }
}

export function rememberDeviceDisplay(change: DeviceDisplay): void {
  const next = { ...readDeviceDisplay(), ...change };
  if (!next.chosen) delete next.chosen;
  try {
    localStorage.setItem(DEVICE_DISPLAY_KEY, JSON.stringify(next));
  } catch {
    // Not remembered: the next visit starts from the browser's settings.
  }
}

/** The language a visit starts in: the one this device last showed, else the browser's best match, else English. */
export function deviceLanguage(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): Language {
  return readDeviceDisplay().language ?? matchLanguage(languages) ?? 'en';
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { DEVICE_DISPLAY_KEY, deviceLanguage, rememberDeviceDisplay } from '../../src/lib/prefs/device-display.ts';
import { applyDeviceDisplay } from './apply-device-display.ts';

const CODES = LANGUAGES.map((language) => language.code);
const root = document.documentElement;

function apply(browser: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(browser);
  applyDeviceDisplay(DEVICE_DISPLAY_KEY, CODES, ['ar']);
}

describe('applyDeviceDisplay (inlined into every page before its first paint)', () => {
  beforeEach(() => {
    localStorage.clear();
    root.lang = 'en';
    root.dir = '';
    delete root.dataset.theme;
  });
  afterEach(() => vi.restoreAllMocks());

  it("takes the browser's first language that has words, with its direction", () => {
    apply(['it-IT', 'ar-EG', 'de']);
    expect([root.lang, root.dir]).toEqual(['ar', 'rtl']);
    apply(['de-CH']);
    expect([root.lang, root.dir]).toEqual(['de', 'ltr']);
  });

  it('prefers what this device last showed, theme included, and agrees with the app (deviceLanguage)', () => {
    rememberDeviceDisplay({ language: 'ja', theme: 'dark' });
    apply(['de']);
    expect([root.lang, root.dataset.theme]).toEqual(['ja', 'dark']);
    expect(deviceLanguage(['de'])).toBe('ja');
  });

  it('leaves English and the system theme when nothing matches or storage holds garbage', () => {
    for (const garbage of ['{', 'null', '5', '{"language":"xx","theme":"purple"}']) {
      localStorage.setItem(DEVICE_DISPLAY_KEY, garbage);
      apply(['it']);
      expect([root.lang, root.dataset.theme], garbage).toEqual(['en', undefined]);
      expect(deviceLanguage(['it']), garbage).toBe('en');
    }
  });
});

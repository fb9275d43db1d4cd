import { describe, expect, it } from 'vitest';
import { readDisplayPrefs } from './display-prefs.ts';

describe('readDisplayPrefs', () => {
  it('reads theme, language and time zone as the user set them', () => {
    expect(readDisplayPrefs({ theme: 'dark', locale: 'en-gb', timezone: 'Europe/Berlin', other: 1 })).toEqual({ theme: 'dark', locale: 'en-GB', timeZone: 'Europe/Berlin' });
  });

  it('reads what is missing or malformed as "not set" (prefs are shared with other apps)', () => {
    expect(readDisplayPrefs({})).toEqual({ theme: 'system', locale: undefined, timeZone: undefined });
    expect(readDisplayPrefs({ theme: 'purple', locale: 'not a locale!', timezone: '' })).toEqual({ theme: 'system', locale: undefined, timeZone: undefined });
    expect(readDisplayPrefs({ theme: ['dark'], locale: 42, timezone: { zone: 'UTC' } })).toEqual({ theme: 'system', locale: undefined, timeZone: undefined });
  });
});

import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n.ts';
import { isLanguageLoaded, loadLanguage } from './load-language.ts';
import { matchLanguage } from './languages.ts';
import './en/password-page.ts';

const ONE = 'passwordPage.signedOutOthersOne';
const OTHER = 'passwordPage.signedOutOthers';

describe('createI18n', () => {
  it('picks plural forms by the language’s CLDR rules, including Arabic zero, two, few and many', async () => {
    await loadLanguage('ar');
    const { plural, dir } = createI18n('ar');
    expect(dir).toBe('rtl');
    expect(plural(0, ONE, OTHER)).toContain('لم تتبقَّ');
    expect(plural(1, ONE, OTHER)).toContain('(هذه الجلسة)');
    expect(plural(2, ONE, OTHER)).toContain('جلستان');
    expect(plural(3, ONE, OTHER)).toContain('3 جلسات');
    expect(plural(11, ONE, OTHER)).toBe(createI18n('ar').t(`${OTHER}_many` as never, { count: 11 }));
    expect(plural(100, ONE, OTHER)).toBe(createI18n('ar').t(OTHER, { count: 100 }));
  });

  it('uses "other" where a language has no form of its own, and English before a language has loaded', async () => {
    expect(createI18n('en').plural(1, ONE, OTHER)).toBe('Other devices were signed out. 1 session remains (this one).');
    expect(createI18n('en').plural(3, ONE, OTHER)).toBe('Other devices were signed out. 3 sessions remain.');
    expect(isLanguageLoaded('ja')).toBe(false);
    expect(createI18n('ja').t('nav.profile')).toBe('Profile');
    await loadLanguage('ja');
    expect(isLanguageLoaded('ja')).toBe(true);
    expect(createI18n('ja').t('nav.profile')).toBe('プロフィール');
    expect(createI18n('ja').plural(1, ONE, OTHER)).toBe(createI18n('ja').t(OTHER, { count: 1 }));
  });

  it('writes numbers in params the locale’s way, and keeps formats apart from words (en-GB, de-CH)', async () => {
    await loadLanguage('de');
    expect(createI18n('de-CH').language).toBe('de');
    expect(createI18n('de').plural(1234, ONE, OTHER)).toContain('1.234');
    expect(createI18n('en-GB').plural(1234, ONE, OTHER)).toContain('1,234');
    expect(createI18n('it').language).toBe('en');
  });
});

describe('the pseudo-locale (en-XA, development and mock builds)', () => {
  it('accents, lengthens by about 40 % and brackets every message, leaving placeholders alone', () => {
    const { t, language } = createI18n('en-XA');
    expect(language).toBe('en');
    const profile = t('nav.profile');
    expect(profile).toMatch(/^\[Prõfîlé .+\]$/);
    expect(profile.length).toBeGreaterThanOrEqual(Math.floor('Profile'.length * 1.4));
    expect(t('app.accountMenu', { name: 'Ada' })).toMatch(/^\[Åççõüñt méñü fõr Ada .+\]$/);
  });
});

describe('right-to-left messages', () => {
  it('isolate each text param (a Latin name keeps its order), not numbers', async () => {
    await loadLanguage('ar');
    const { t } = createI18n('ar');
    expect(t('app.accountMenu', { name: 'Ada Lovelace' })).toContain('\u2068Ada Lovelace\u2069');
    expect(createI18n('de').t('app.accountMenu', { name: 'Ada' })).not.toContain('\u2068');
    expect(t('passwordPage.signedOutOthers', { count: 12 })).not.toContain('\u2068');
  });
});

describe('matchLanguage', () => {
  it('takes the first tag with words here, by its primary subtag', () => {
    expect(matchLanguage(['it-IT', 'pt', 'es-419', 'de'])).toBe('es');
    expect(matchLanguage(['ZH_hant', 'JA_jp'])).toBe('ja');
    expect(matchLanguage([undefined, '', 'xx'])).toBeUndefined();
  });
});

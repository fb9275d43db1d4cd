/**
 * Every route in English and Arabic (right to left), light and dark: axe clean, one h1, `lang` and
 * `dir` right and the words in that language. Then the language choice itself: an Arabic browser,
 * the switcher of the signed-out pages, and Preferences flipping the direction without a reload.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.ts';
import { callAsUser, signInAsDemo } from './helpers.ts';

const ARABIC = /[\u0600-\u06FF]/;
const COMBINATIONS = [
  { language: 'en', theme: 'light' },
  { language: 'en', theme: 'dark' },
  { language: 'ar', theme: 'light' },
  { language: 'ar', theme: 'dark' },
] as const;

const SIGNED_OUT = ['/sign-in', '/sign-up', '/forgot-password', '/forgot-password?mode=code', '/recovery', '/verify-email', '/magic-url', '/oauth/failure', '/deactivated', '/no-such-page'];
const SIGNED_IN = ['/profile', '/email', '/phone', '/password', '/security', '/preferences', '/sessions', '/activity', '/deactivate', '/verify-phone'];

async function checkPage(page: Page, language: 'en' | 'ar', label: string) {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading, label).toBeVisible();
  await expect(page.locator('html'), label).toHaveAttribute('lang', new RegExp(`^${language}(-|$)`));
  await expect(page.locator('html'), label).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
  if (language === 'ar') await expect(heading, label).toHaveText(ARABIC);
  else await expect(heading, label).not.toHaveText(ARABIC);
  await expect(heading, `${label}: one h1`).toHaveCount(1);
  expect(await axeViolations(page), label).toEqual([]);
}

for (const path of SIGNED_OUT) {
  test(`${path} (signed out) in English and Arabic, light and dark`, async ({ page }) => {
    await page.goto('/sign-in');
    for (const { language, theme } of COMBINATIONS) {
      await page.emulateMedia({ colorScheme: theme });
      await page.evaluate((l) => localStorage.setItem('account-dashboard:display', JSON.stringify({ language: l })), language);
      await page.goto(path);
      await checkPage(page, language, `${path} ${language} ${theme}`);
    }
  });
}

for (const path of SIGNED_IN) {
  test(`${path} (signed in) in English and Arabic, light and dark`, async ({ page }) => {
    await signInAsDemo(page);
    // Signed in once the profile shows (the sign-in page's own heading would answer too soon).
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
    for (const { language, theme } of COMBINATIONS) {
      await page.emulateMedia({ colorScheme: theme });
      expect(await callAsUser(page, 'PATCH', '/account/prefs', { prefs: { locale: language } })).toBe(200);
      await page.goto(path);
      await checkPage(page, language, `${path} ${language} ${theme}`);
    }
  });
}

test('an Arabic browser gets /sign-in in Arabic before signing in; then the account’s own language wins', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ar-EG' });
  const page = await context.newPage();
  // Its words are preloaded with the page (index.html's route preloads): every file asked for exists.
  const missing: string[] = [];
  page.on('response', (response) => response.status() === 404 && missing.push(response.url()));
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARABIC);
  expect(missing).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByLabel('اللغة')).toHaveValue('ar');
  await page.getByRole('button', { name: 'استخدام الحساب التجريبي' }).click();
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  // The demo account's `locale` pref is English.
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await context.close();
});

test('the switcher of the signed-out pages changes the language at once and remembers it', async ({ page }) => {
  await page.goto('/sign-in');
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.getByLabel('Language').selectOption('Deutsch');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
  await page.getByLabel('Sprache').selectOption('العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARABIC);
});

test('choosing Arabic in Preferences flips the whole page to right-to-left without a reload, and back', async ({ page }) => {
  await signInAsDemo(page, '/preferences');
  await expect(page.getByRole('heading', { level: 1, name: 'Preferences' })).toBeVisible();
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.getByLabel('Language and formats').selectOption('العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARABIC);
  // The navigation sits on the right now.
  const nav = await page.getByRole('navigation', { name: 'إعدادات الحساب' }).boundingBox();
  const main = await page.getByRole('main').boundingBox();
  expect(nav && main && nav.x > main.x).toBe(true);
  // The language picker, whatever its label says now.
  await page.locator('select:has(option[value="ar"])').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1, name: 'Preferences' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

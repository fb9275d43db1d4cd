import { expect, test } from './fixtures.ts';
import { createAccountOnServer, signInAsDemo, signInWithForm, uniqueEmail, useMockServer } from './helpers.ts';

test('theme and locale apply at once, and another device follows after a reload', async ({ browser }) => {
  const email = uniqueEmail('prefs');
  const password = 'prefs-password-1';
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext({ colorScheme: 'light' })).newPage();
  await useMockServer(laptop);
  await useMockServer(phone);
  await createAccountOnServer(laptop.request, email, password);
  await signInWithForm(laptop, email, password);
  await signInWithForm(phone, email, password);

  await laptop.getByRole('link', { name: 'Preferences' }).click();
  await laptop.getByLabel('Theme').selectOption('dark');
  await expect(laptop.locator('html')).toHaveAttribute('data-theme', 'dark');
  await laptop.getByLabel('Language and formats').selectOption('de');
  await expect(laptop.locator('html')).toHaveAttribute('lang', 'de');
  // The words are German at once.
  await laptop.getByRole('link', { name: 'Profil' }).click();
  // Dates now use German formats, e.g. "26.11.2026".
  await expect(laptop.locator('time').first()).toHaveText(/\d{2}\.\d{2}\.\d{4}/);

  await phone.reload();
  await expect(phone.getByRole('heading', { level: 1, name: 'Profil' })).toBeVisible();
  await expect(phone.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(phone.locator('html')).toHaveAttribute('lang', 'de');
});

test('unsaved changes ask before leaving; a saved key survives a reload', async ({ page }) => {
  await signInAsDemo(page, '/preferences');
  await page.getByText('Advanced', { exact: true }).click();
  await page.getByLabel('New key').fill('newsletter');
  await page.getByRole('button', { name: 'Add preference' }).click();
  const row = page.getByRole('group', { name: 'newsletter' });
  await row.getByLabel('Type').selectOption('boolean');
  await row.getByLabel('Value').fill('true');
  await page.getByRole('link', { name: 'Sessions' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay' }).click();
  await page.getByRole('region', { name: 'Unsaved changes' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').getByText('Preferences saved.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Unsaved changes' })).toBeHidden();
  await page.reload();
  await page.getByText('Advanced', { exact: true }).click();
  await expect(page.getByRole('group', { name: 'newsletter' }).getByLabel('Type')).toHaveValue('boolean');
  await expect(page.getByLabel('Raw JSON')).toHaveValue(/"newsletter": true/);
});

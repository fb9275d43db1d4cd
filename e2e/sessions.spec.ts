import { axeViolations, expect, test } from './fixtures.ts';
import { createAccountOnServer, signInAsDemo, signInWithForm, uniqueEmail, useMockServer } from './helpers.ts';

test('two devices: the first sees both, signs the other out, and the other is sent to sign-in on its next action', async ({ browser }) => {
  const email = uniqueEmail('devices');
  const password = 'two-devices-password';
  const laptop = await browser.newContext();
  const phone = await browser.newContext({ userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36' });
  const laptopPage = await laptop.newPage();
  const phonePage = await phone.newPage();
  await useMockServer(laptopPage);
  await useMockServer(phonePage);
  await createAccountOnServer(laptopPage.request, email, password);

  await signInWithForm(phonePage, email, password);
  await signInWithForm(laptopPage, email, password);
  await laptopPage.getByRole('link', { name: 'Sessions' }).click();
  await expect(laptopPage.getByText('2 active sessions')).toBeVisible();
  const phoneCard = laptopPage.getByRole('listitem', { name: /Chrome 124 on Android 14/ });
  await expect(phoneCard).toBeVisible();
  await phoneCard.getByRole('button', { name: /^Sign out of Chrome 124 on Android 14/ }).click();
  await laptopPage.getByRole('dialog', { name: /Sign out of Chrome 124 on Android 14/ }).getByRole('button', { name: 'Sign out' }).click();
  await expect(laptopPage.getByText('1 active session')).toBeVisible();
  await expect(laptopPage.getByText('This is the only device where you are signed in.')).toBeVisible();

  // The phone does not know yet; its next action finds the session gone.
  await phonePage.getByLabel('Name', { exact: true }).fill('Changed on the phone');
  await phonePage.getByRole('button', { name: 'Save' }).click();
  await expect(phonePage).toHaveURL(/\/sign-in\?next=%2Fprofile/);

  await laptop.close();
  await phone.close();
});

test('sign out of all other sessions (three of them) with progress, leaving this device', async ({ page }) => {
  await signInAsDemo(page, '/sessions');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(page.getByText('4 active sessions')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out other sessions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign out of 3 other sessions?' });
  await dialog.getByRole('button', { name: 'Sign out other sessions' }).click();
  await expect(page.getByRole('status').getByText('Signed out of 3 other sessions.')).toBeVisible();
  await expect(page.getByText('1 active session')).toBeVisible();
  await expect(page.getByText('This device')).toBeVisible();
  await expect(page.getByText('This is the only device where you are signed in.')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`sessions page passes axe (${colorScheme}), with the confirm dialog open`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await signInAsDemo(page, '/sessions');
    await expect(page.getByText('4 active sessions')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

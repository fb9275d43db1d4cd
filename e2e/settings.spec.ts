import { axeViolations, DEMO, expect, test } from './fixtures.ts';
import { lastMessage, signInAsDemo } from './helpers.ts';

test('change email → unverified → open the verification link from the outbox → verified', async ({ page }) => {
  const email = `ada.${Date.now()}@example.com`;
  await signInAsDemo(page, '/email');
  await expect(page.getByRole('heading', { level: 1, name: 'Email' })).toBeVisible();
  await page.getByRole('button', { name: 'Change email' }).click();
  await page.getByLabel('New email').fill(email);
  await page.getByLabel('Current password', { exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Save email' }).click();
  await expect(page.getByText(`We sent a verification link to ${email}.`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your email address' })).toContainText(email);
  await expect(page.getByRole('button', { name: /^Resend in \d:\d\d$/ })).toBeDisabled();
  await page.reload(); // the cooldown survives
  await expect(page.getByRole('button', { name: /^Resend in \d:\d\d$/ })).toBeDisabled();

  const mail = await lastMessage(page, email);
  await page.goto(mail.link ?? '');
  await expect(page.getByRole('heading', { level: 1, name: 'Email verified' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to your account' }).click();
  await page.getByRole('link', { name: 'Email' }).click();
  await expect(page.getByText(/is not verified yet|We sent a verification link/)).toBeHidden();
  await expect(page.getByRole('region', { name: 'Your email address' })).toContainText('Verified');
});

test('change phone → code from the SMS outbox → verified', async ({ page }) => {
  const phone = `+4477009${String(Date.now()).slice(-5)}`;
  await signInAsDemo(page, '/phone');
  await page.getByLabel('Phone number', { exact: true }).fill(phone);
  await page.getByLabel('Current password', { exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Save and text me a code' }).click();
  await expect(page.getByText(`Code sent to ${phone}.`)).toBeVisible();
  const sms = await lastMessage(page, phone);
  await page.getByLabel('6-digit code').fill(sms.code ?? '');
  await expect(page.getByRole('status').getByText('Phone verified.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your phone number' })).toContainText(`${phone}✓ Verified`);
});

test('change password with other sessions open → they are gone', async ({ page }) => {
  await signInAsDemo(page, '/sessions');
  await expect(page.getByText('4 active sessions')).toBeVisible();
  await page.getByRole('link', { name: 'Password' }).click();
  await page.getByLabel('Current password', { exact: true }).fill(DEMO.password);
  await page.getByLabel('New password', { exact: true }).fill('a-much-better-password');
  await page.getByLabel('Repeat new password').fill('a-much-better-password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Other devices were signed out. 1 session remains (this one).')).toBeVisible();
  await page.getByRole('link', { name: 'Sessions' }).click();
  await expect(page.getByText('1 active session')).toBeVisible();
});

test('deactivate → final screen → signing in again says the account is blocked', async ({ page }) => {
  await signInAsDemo(page, '/deactivate');
  await page.getByLabel('Type "deactivate my account" to confirm').fill('deactivate my account');
  await page.getByRole('button', { name: 'Deactivate my account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account is deactivated' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(DEMO.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(/This account is deactivated/);
});

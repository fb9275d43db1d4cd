import { axeViolations, DEMO, expect, test } from './fixtures.ts';
import { advanceMockClock, callAsUser, lastMessage, signInAsDemo } from './helpers.ts';

async function chooseNewPassword(page: import('@playwright/test').Page, password: string) {
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('Repeat new password').fill(password);
  await page.getByRole('button', { name: 'Set new password' }).click();
}

test('forgot password by link: new password, every other session gone, sign in with it', async ({ page }) => {
  await page.goto('/forgot-password');
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Email', { exact: true }).fill(DEMO.email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText(`If an account exists for ${DEMO.email}`)).toBeVisible();
  const mail = await lastMessage(page, DEMO.email);
  expect(mail.subject).toBe('Password Reset for Account Dashboard');

  await page.goto(mail.link ?? '');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer');
  expect(await axeViolations(page)).toEqual([]);
  await chooseNewPassword(page, 'recovered-by-link-1');
  await expect(page.getByRole('heading', { level: 1, name: 'Password changed' })).toBeVisible();
  expect(page.url()).not.toContain('secret=');

  await page.getByRole('link', { name: 'Sign in', exact: true }).click();
  await page.getByLabel('Email', { exact: true }).fill(DEMO.email);
  await page.getByLabel('Password', { exact: true }).fill('recovered-by-link-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await page.getByRole('link', { name: 'Sessions' }).click();
  // The demo's three other devices were signed out by the reset.
  await expect(page.getByText('1 active session')).toBeVisible();

  // The same link again: used.
  await page.goto(mail.link ?? '');
  await chooseNewPassword(page, 'another-password-2');
  await expect(page.getByRole('heading', { level: 1, name: 'This link does not work' })).toBeVisible();
});

test('forgot password by code, for when links open on another device', async ({ page }) => {
  await page.goto('/forgot-password');
  await page.getByRole('button', { name: 'Send me a code instead' }).click();
  await page.getByLabel('Email', { exact: true }).fill(DEMO.email);
  await page.getByRole('button', { name: 'Send code' }).click();
  const code = (await lastMessage(page, DEMO.email)).code ?? '';
  await page.getByLabel('6-digit code').fill(code);
  await chooseNewPassword(page, 'recovered-by-code-1');
  await expect(page.getByText('Password changed')).toBeVisible();
  await page.getByRole('link', { name: 'Sign in', exact: true }).click();
  await page.getByLabel('Email', { exact: true }).fill(DEMO.email);
  await page.getByLabel('Password', { exact: true }).fill('recovered-by-code-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
});

test('verification link: expired after the clock moves → ask for a new one → verified; reused → already verified', async ({ page }) => {
  const email = `verify.${Date.now()}@example.com`;
  await page.clock.install();
  await page.goto('/sign-up');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('verify-me-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  expect(await callAsUser(page, 'POST', '/account/verifications/email', { url: new URL('/verify-email', page.url()).toString() })).toBe(201);
  const old = (await lastMessage(page, email)).link ?? '';

  // An hour and a bit later, for the server (mock clock) and for this device.
  await advanceMockClock(page, 3601);
  await page.clock.fastForward('01:00:01');
  await page.goto(old);
  await expect(page.getByRole('heading', { level: 1, name: 'This link has expired' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Send a new verification email' }).click();
  await expect(page.getByText(`A new verification email is on its way to ${email}.`)).toBeVisible();

  const fresh = (await lastMessage(page, email)).link ?? '';
  expect(fresh).not.toBe(old);
  await page.goto(fresh);
  await expect(page.getByRole('heading', { level: 1, name: 'Email verified' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(fresh);
  await expect(page.getByRole('heading', { level: 1, name: 'Your email is already verified' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to your account' }).click();
  await expect(page.getByText('Verified')).toBeVisible();
});

test('landing states for broken links: incomplete, invalid, expired; each offers the next step', async ({ page }) => {
  await page.goto('/magic-url?userId=abc');
  await expect(page.getByRole('heading', { level: 1, name: 'This link is incomplete' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`/magic-url?userId=abc&secret=${'a'.repeat(64)}&expire=2020-01-01T00:00:00.000%2B00:00`);
  await expect(page.getByRole('heading', { level: 1, name: 'This link has expired' })).toBeVisible();
  // A link this browser did not ask for: nothing happens before a yes (login CSRF).
  await page.goto(`/magic-url?userId=abc&secret=${'a'.repeat(64)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in with this link?' })).toBeVisible();
  expect(page.url()).not.toContain('secret=');
  await page.getByRole('button', { name: 'Yes, sign me in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'This link does not work' })).toBeVisible();
  await page.getByRole('link', { name: 'Ask for a new link' }).click();
  await expect(page).toHaveURL(/\/sign-in\?method=magicUrl$/);
  await page.goto('/recovery?userId=x&secret=y&expire=2020-01-01T00:00:00.000%2B00:00');
  await expect(page.getByRole('heading', { level: 1, name: 'This link has expired' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('verify phone: the SMS code verifies the number (signed in)', async ({ page }) => {
  await signInAsDemo(page, '/verify-phone');
  await expect(page.getByRole('heading', { level: 1, name: 'Verify your phone' })).toBeVisible();
  await expect(page.getByText('Your account has no phone number yet.')).toBeVisible();
  expect(await callAsUser(page, 'PATCH', '/account/phone', { phone: '+14155550142', password: DEMO.password })).toBe(200);
  await page.reload();
  await page.getByRole('button', { name: 'Text me a code' }).click();
  const sms = await lastMessage(page, '+14155550142');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('6-digit code').fill(sms.code ?? '');
  await expect(page.getByText('Your phone number is verified.')).toBeVisible();
});

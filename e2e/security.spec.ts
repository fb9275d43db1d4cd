import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { axeViolations, DEMO, expect, test } from './fixtures.ts';
import { lastMessage, signInAsDemo } from './helpers.ts';

/** The in-page mock's clock (wall time plus what the test advanced), in ms, so codes match what it checks. */
async function mockNow(page: Page, advanceSeconds = 0): Promise<number> {
  const now = await page.evaluate(
    (advance) => fetch('/v1/mock/clock', { method: 'POST', body: JSON.stringify({ advance }) }).then((r) => r.json() as Promise<{ now: string }>),
    advanceSeconds,
  );
  return Date.parse(now.now);
}

/** The authenticator app's code for `key` (the setup key the page shows), at the mock's time. */
async function totp(page: Page, key: string) {
  const timestamp = await mockNow(page);
  return new TOTP({ secret: Secret.fromBase32(key.replace(/\s/g, '')), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp });
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Sign in/ })).toBeVisible();
}

async function signInWithPassword(page: Page, next: string) {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm it’s you' })).toBeVisible();
  await expect(page).toHaveURL(`/mfa?next=${encodeURIComponent(next)}`);
}

/** Sets up the authenticator and turns two-step on through the Security page; returns its key and the recovery codes. */
async function setUpTwoFactor(page: Page) {
  await signInAsDemo(page, '/security');
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(page.getByRole('img', { name: 'QR code to add this account to an authenticator app' })).toBeVisible();
  const key = (await page.getByRole('definition').first().textContent()) ?? '';
  await page.getByLabel('6-digit code').fill(await totp(page, key));
  await expect(page.getByText('An authenticator app is set up.')).toBeVisible();

  await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
  const codeList = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
  await expect(codeList).toHaveCount(6);
  const codes = await codeList.allTextContents();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  expect((await download).suggestedFilename()).toMatch(/^account-recovery-codes-\d{4}-\d{2}-\d{2}\.txt$/);
  await page.getByRole('button', { name: 'I have saved them: turn on' }).click();
  await expect(page.getByText('Signing in asks for a second step after your password, link or code.')).toBeVisible();
  return { key, codes };
}

test('two-step verification: set up → sign in with the authenticator → a recovery code works once → a magic link asks too', async ({ page }) => {
  const { key, codes } = await setUpTwoFactor(page);
  await signOut(page);

  await signInWithPassword(page, '/activity');
  await page.getByLabel('6-digit code').fill(await totp(page, key));
  await expect(page.getByRole('heading', { level: 1, name: 'Security activity' })).toBeVisible();
  await signOut(page);

  const [code = ''] = codes;
  await signInWithPassword(page, '/profile');
  await page.getByRole('button', { name: 'Use another method' }).click();
  await page.getByRole('button', { name: /^Recovery code/ }).click();
  await page.getByLabel('Recovery code').fill(code);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await signOut(page);

  await signInWithPassword(page, '/profile');
  await page.getByRole('button', { name: 'Use another method' }).click();
  await page.getByRole('button', { name: /^Recovery code/ }).click();
  await page.getByLabel('Recovery code').fill(code);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText(/That recovery code is wrong or was already used/)).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Sign in/ })).toBeVisible();

  // A magic link signs in too, and then asks for the second step.
  await page.goto('/sign-in?method=magicUrl&next=%2Fsessions');
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByRole('button', { name: 'Send sign-in link' }).click();
  const mail = await lastMessage(page, DEMO.email);
  await page.goto(mail.link ?? '');
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm it’s you' })).toBeVisible();
  await page.getByLabel('6-digit code').fill(await totp(page, key));
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
});

test('removing the authenticator asks to confirm it is you when the last confirmation is old, then removes it', async ({ page }) => {
  const { key } = await setUpTwoFactor(page);
  await mockNow(page, 31 * 60); // past Appwrite's 30-minute window for recent confirmations
  await page.reload();
  await page.getByRole('button', { name: 'Remove' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove the authenticator app?' });
  await confirm.getByRole('button', { name: 'Remove' }).click();
  const stepUp = page.getByRole('dialog', { name: 'Confirm it’s you' });
  await expect(stepUp).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await stepUp.getByLabel('6-digit code').fill(await totp(page, key));
  await expect(page.getByRole('status').getByText('Authenticator app removed.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Set up an authenticator app' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a linked GitHub account is listed; unlinking it is refused while it is the only way in', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: { signInMethods: ['emailPassword'], oauthProviders: ['github'] } }));
  await page.goto('/sign-in?next=%2Fsecurity');
  await page.getByRole('button', { name: 'Continue with GitHub' }).click();
  await page.getByLabel('Email', { exact: true }).fill('octo.unlink@example.com');
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  const providers = page.getByRole('region', { name: 'Sign-in accounts' });
  await expect(providers.getByText('octo.unlink@example.com')).toBeVisible();
  await expect(providers.getByText('This is your only way to sign in. Set a password first.')).toBeVisible();
  await expect(providers.getByRole('button', { name: 'Unlink GitHub' })).toBeDisabled();

  await page.getByRole('link', { name: 'Password' }).click();
  await page.getByLabel('New password', { exact: true }).fill('a-long-enough-password');
  await page.getByLabel('Repeat new password').fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByText('Password changed')).toBeVisible();
  await page.getByRole('link', { name: 'Security', exact: true }).click();
  await providers.getByRole('button', { name: 'Unlink GitHub' }).click();
  await page.getByRole('dialog', { name: 'Unlink GitHub?' }).getByRole('button', { name: 'Unlink' }).click();
  await expect(providers.getByText('No other accounts are linked. Signing in with one links it.')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`/security and /mfa pass axe (${colorScheme})`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    // Dark at 360 px, light on a desktop: the design check's two looks, saved for a person to look at.
    if (colorScheme === 'dark') await page.setViewportSize({ width: 360, height: 740 });
    const { key } = await setUpTwoFactor(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('security-two-step-on.png'), fullPage: true });
    await signOut(page);
    await signInWithPassword(page, '/security');
    await expect(page.getByLabel('6-digit code')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('mfa.png'), fullPage: true });
    await page.getByRole('button', { name: 'Use another method' }).click();
    await expect(page.getByRole('button', { name: /^Recovery code/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Authenticator app/ }).click();
    await page.getByLabel('6-digit code').fill(await totp(page, key));
    await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  });
}

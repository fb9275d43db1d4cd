import { axeViolations, DEMO, expect, test } from './fixtures.ts';
import { lastMessage, signInAsDemo } from './helpers.ts';

test('magic link: request it here, open it in a second tab, land signed in on the page we came for', async ({ page, context }) => {
  await page.goto('/sign-in?next=%2Fsessions&method=magicUrl');
  await page.getByLabel('Email', { exact: true }).fill(DEMO.email);
  await page.getByRole('button', { name: 'Send sign-in link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  const phrase = /security phrase: (\w+ \w+)\./.exec((await page.getByText(/security phrase:/).textContent()) ?? '')?.[1];
  await expect(page.getByRole('button', { name: /Send again in \d+ s/ })).toBeDisabled();

  const mail = await lastMessage(page, DEMO.email);
  expect(mail.subject).toBe('Account Dashboard Login');
  expect(mail.text).toContain(`Security phrase: ${phrase ?? 'missing'}`);
  expect(mail.link).toMatch(/\/magic-url\?next=%2Fsessions&flow=[0-9a-f]{32}&userId=/);

  const second = await context.newPage();
  await second.goto(mail.link ?? '');
  await expect(second.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(second).toHaveURL(/\/sessions$/);
  // The first tab shares the browser's session: after a reload it offers to continue.
  await page.reload();
  await expect(page.getByRole('button', { name: `Continue as ${DEMO.name}` })).toBeVisible();
});

test('email code: the code from the inbox signs in, pasted or typed, and submits by itself', async ({ page }) => {
  await page.goto('/sign-in?method=emailCode');
  await page.getByLabel('Email', { exact: true }).fill(DEMO.email);
  await page.getByRole('button', { name: 'Send code' }).click();
  await expect(page.getByText(`We sent a 6-digit code to ${DEMO.email}.`)).toBeVisible();
  const wrong = (await lastMessage(page, DEMO.email)).code === '000000' ? '111111' : '000000';
  await page.getByLabel('6-digit code').fill(wrong);
  await expect(page.getByText('That code is wrong, expired or already used.')).toBeVisible();
  const code = (await lastMessage(page, DEMO.email)).code ?? '';
  await page.getByLabel('6-digit code').fill('');
  await page.getByLabel('6-digit code').pressSequentially(code);
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
});

test('phone code: a new number gets an account and a session', async ({ page }) => {
  const phone = `+1415555${String(Date.now()).slice(-4)}`;
  await page.goto('/sign-in?method=phoneCode');
  await page.getByLabel('Phone number').fill('4155550123');
  await page.getByRole('button', { name: 'Send code' }).click();
  await expect(page.getByText('Enter the number with its country code')).toBeVisible();
  await page.getByLabel('Phone number').fill(phone.replace(/(\d{3})(\d{4})$/, ' $1 $2'));
  await page.getByRole('button', { name: 'Send code' }).click();
  const sms = await lastMessage(page, phone);
  expect(sms.channel).toBe('sms');
  await page.getByLabel('6-digit code').fill(sms.code ?? '');
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await expect(page.getByText(phone)).toBeVisible();
});

test('guest → save the account → sign out → sign in with the new credentials', async ({ page }) => {
  const email = `guest.${Date.now()}@example.com`;
  await page.goto('/sign-in?method=anonymous');
  await page.getByRole('button', { name: 'Continue as a guest' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await expect(page.getByText('You are using a guest account.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Save account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save your guest account' });
  await dialog.getByLabel('Email', { exact: true }).fill(email);
  await dialog.getByLabel('Password', { exact: true }).fill('saved-guest-password');
  await dialog.getByRole('button', { name: 'Save account' }).click();
  await expect(page.getByRole('status').getByText(`Account saved. Sign in with ${email} from now on.`)).toBeVisible();
  await expect(page.getByText('You are using a guest account.')).toBeHidden();

  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('saved-guest-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
});

test('OAuth2 through the mock provider: allow signs in, deny explains', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Continue with GitHub' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Account Dashboard with github' })).toBeVisible();
  await page.getByRole('button', { name: 'Deny' }).click();
  await expect(page).toHaveURL(/\/oauth\/failure\?/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign-in with the provider did not finish' })).toBeVisible();
  await expect(page.getByText('The provider could not complete the sign-in.', { exact: false })).toBeVisible();
  await expect(page.getByText('The user denied access.')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Try again' }).click();
  await page.getByRole('button', { name: 'Continue with GitHub' }).click();
  await page.getByLabel('Email', { exact: true }).fill('octocat@example.com');
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await expect(page.getByText('octocat@example.com')).toBeVisible();
  expect(page.url()).not.toContain('secret=');
});

test('already signed in: "continue as" or sign out, never an error', async ({ page }) => {
  await signInAsDemo(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await page.goto('/sign-in?next=%2Fsessions');
  await expect(page.getByRole('heading', { name: 'You are already signed in' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: `Continue as ${DEMO.name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await page.goto('/sign-up');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Create account' })).toBeVisible();
});

for (const method of ['emailPassword', 'magicUrl', 'emailCode', 'phoneCode', 'anonymous']) {
  test(`sign-in with ${method} passes axe in light and dark`, async ({ page }) => {
    await page.goto(`/sign-in?method=${method}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
  });
}

import { DEFAULT_PROJECT_ID } from '../contract/demo.ts';
import { axeViolations, DEMO, expect, test } from './fixtures.ts';

test('the mock inbox lists what the mock sent, with copyable codes and clickable links, live', async ({ page }) => {
  await page.goto('/sign-in');
  // In the demo banner, on one line even at 360 px; it opens a drawer at the side.
  await page.setViewportSize({ width: 360, height: 740 });
  const inbox = page.getByRole('button', { name: /^Inbox, \d+ messages?$/ });
  await expect(inbox).toHaveAccessibleName('Inbox, 0 messages');
  const banner = page.getByText('Demo mode').locator('xpath=ancestor::div[1]');
  expect((await banner.boundingBox())?.height).toBeLessThan(48);
  await inbox.click();
  const drawer = page.getByRole('region', { name: 'Inbox (demo)' });
  await expect(drawer.getByText('No emails or text messages yet.')).toBeVisible();
  await expect(drawer.getByRole('heading', { name: 'Inbox (demo)' })).toBeFocused();

  // Another client of the same (in-page) server sends a code and a link.
  await page.evaluate(
    async ({ project, email }) => {
      const headers = { 'content-type': 'application/json', 'x-appwrite-project': project };
      await fetch('/v1/account/tokens/email', { method: 'POST', headers, body: JSON.stringify({ userId: 'unique()', email }) });
      await fetch('/v1/account/recovery', { method: 'POST', headers, body: JSON.stringify({ email, url: `${location.origin}/recovery` }) });
    },
    { project: DEFAULT_PROJECT_ID, email: DEMO.email },
  );

  await expect(inbox).toHaveAccessibleName('Inbox, 2 messages');
  const list = page.getByRole('list', { name: 'Messages, newest first' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('Password Reset for Account Dashboard');
  await expect(list.getByRole('link', { name: 'Open link' })).toHaveAttribute('href', /\/recovery\?userId=\w+&secret=[0-9a-f]{256}&expire=/);
  await expect(list.getByRole('button', { name: /^Copy code \d{6}$/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(inbox).toHaveAccessibleName('Inbox, 0 messages');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(inbox).toBeFocused();
});

test('the mock keeps its state across a reload and between tabs of one browser', async ({ page, context }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Email').fill('tabs@example.com');
  await page.getByLabel('Password', { exact: true }).fill('two-tabs-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();

  const second = await context.newPage();
  await second.goto('/profile');
  await expect(second.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await second.getByLabel('Name', { exact: true }).fill('Changed In Tab Two');
  await second.getByRole('button', { name: 'Save' }).click();
  await expect(second.getByRole('status').getByText('Name saved.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Changed In Tab Two');
});

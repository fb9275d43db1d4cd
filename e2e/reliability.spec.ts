/** Failure paths: the account check failing, the account deactivated elsewhere, writes under faults. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { callAsUser, signInAsDemo } from './helpers.ts';

async function setFaults(page: Page, faults: Record<string, unknown> | null) {
  await page.evaluate((body) => fetch('/v1/mock/faults', body ? { method: 'PUT', body: JSON.stringify(body) } : { method: 'DELETE' }), faults);
}

test('a failing account check on a cold start says so with a retry (no skeletons forever), and the retry recovers', async ({ page }) => {
  await signInAsDemo(page, '/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await setFaults(page, { failRate: 1, failStatus: 503, paths: ['/account'] });
  await page.goto('/sessions');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Something went wrong on the server', { timeout: 10_000 });
  await setFaults(page, null);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(page.getByText('4 active sessions')).toBeVisible();
});

test('an account deactivated elsewhere lands on the deactivated page, not an error', async ({ page }) => {
  await signInAsDemo(page, '/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  expect(await callAsUser(page, 'PATCH', '/account/status')).toBe(200);
  await page.goto('/sessions');
  await expect(page.getByRole('heading', { level: 1, name: 'Your account is deactivated' })).toBeVisible();
});

test('signing out in one tab signs the other tab out within a second; signing in again there follows too', async ({ page, context }) => {
  await signInAsDemo(page, '/sessions');
  await expect(page.getByText('4 active sessions')).toBeVisible();
  const other = await context.newPage();
  await other.goto('/sessions');
  await expect(other.getByText(/\d+ active sessions/)).toBeVisible();

  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.locator('header').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(other.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible({ timeout: 1000 });
  await expect(other.getByText(/active sessions/)).toHaveCount(0);

  await other.getByRole('button', { name: 'Use demo account' }).click();
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  // The first tab, on /sign-in, offers to continue as the user now signed in.
  await expect(page.getByRole('button', { name: /^Continue as / })).toBeVisible({ timeout: 1000 });
});

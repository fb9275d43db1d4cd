/** The production build's Content-Security-Policy holds on every page, prerendered and live. */
import { PRODUCTION_PORT } from '../playwright.config.ts';
import { SETTINGS_PAGES } from '../src/app/routes/page-table.ts';
import { expect, test } from './fixtures.ts';
import { createAccountOnServer, uniqueEmail, useMockServer } from './helpers.ts';

const APP = `http://localhost:${String(PRODUCTION_PORT)}`;

test('no securitypolicyviolation on any page of the production build, prerendered or live', async ({ page, request }) => {
  // Every violation the browser reports, from the first byte of each document on.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations_: string[] }).violations_ = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
  });
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  const violations = () => page.evaluate(() => (window as unknown as { violations_: string[] }).violations_);
  await useMockServer(page);

  const email = uniqueEmail('csp');
  await createAccountOnServer(request, email, 'correct-horse-battery');
  for (const path of ['/sign-up', '/forgot-password', '/recovery?userId=u&secret=s&expire=2020-01-01T00:00:00.000%2B00:00', '/no-such-page', '/sign-in']) {
    await page.goto(`${APP}${path}`);
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    expect(await violations(), path).toEqual([]);
  }
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('correct-horse-battery');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  for (const { path } of SETTINGS_PAGES) {
    await page.goto(`${APP}${path}`);
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    await expect(page.locator('main h1').first()).toBeVisible();
    expect(await violations(), path).toEqual([]);
  }
  expect(refused).toEqual([]);
});

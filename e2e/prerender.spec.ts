import { PRODUCTION_PORT } from '../playwright.config.ts';
import { expect, test } from './fixtures.ts';
import { createAccountOnServer, uniqueEmail, useMockServer } from './helpers.ts';

// The production build: prerendered pages, the API on the mock HTTP server (through config.json).
const APP = `http://localhost:${String(PRODUCTION_PORT)}`;

test('a prerendered page arrives painted, scripts start after, and the app takes over without a blank frame', async ({ page, request }) => {
  const html = await (await request.get(`${APP}/sign-in`)).text();
  expect(html).toContain('<div id="root" data-prerendered inert>');
  expect(html).toMatch(/<h1[^>]*>Sign in/);
  expect(html).toContain('<title>Sign in to Account</title>');
  expect(html, 'CSS inlined').not.toContain('rel="stylesheet"');
  expect(html, 'no script in the way of the first paint').not.toContain('<script type="module"');

  // Every frame from the first paint on, record whether #root shows a page (never empty, never inert for good).
  await page.addInitScript(() => {
    const frames: string[] = [];
    (window as unknown as { frames_: string[] }).frames_ = frames;
    const record = () => {
      const root = document.getElementById('root');
      if (root) frames.push(`${root.querySelector('h1')?.textContent ?? 'no heading'}|${root.hasAttribute('inert') ? 'inert' : 'live'}`);
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  await useMockServer(page);
  const email = uniqueEmail('prerender');
  await createAccountOnServer(request, email, 'correct-horse-battery');
  await page.goto(`${APP}/sign-in`);
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  const frames = await page.evaluate(() => (window as unknown as { frames_: string[] }).frames_);
  expect(new Set(frames), 'only the sign-in page, first inert then live').toEqual(new Set(['Sign in to Account|inert', 'Sign in to Account|live']));

  // The live form works (and took nothing typed into the inert one: it takes no input).
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('correct-horse-battery');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('E2E User');
});

test('a prerendered settings page opened signed out still ends on sign-in, with the way back', async ({ page }) => {
  await useMockServer(page);
  await page.goto(`${APP}/sessions`);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsessions$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sign in');
});

test('pages that read their link are not prerendered: a recovery link opens the live page', async ({ request }) => {
  const html = await (await request.get(`${APP}/recovery?userId=u&secret=s`)).text();
  expect(html).toContain('<div id="root"></div>');
});

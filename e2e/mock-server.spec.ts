import { DEFAULT_PROJECT_ID } from '../contract/demo.ts';
import { expect, test } from './fixtures.ts';
import { MOCK_SERVER, useMockServer } from './helpers.ts';

// The same mock build, configured at run time to talk to the mock HTTP server instead of its worker.
test.beforeEach(({ page }) => useMockServer(page));

test('the dashboard works against the mock HTTP server (real CORS, cookies and fallback header)', async ({ page }) => {
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(MOCK_SERVER)) apiCalls.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  const email = `http.${Date.now()}@example.com`;

  await page.goto('/sign-up');
  await expect(page.getByRole('button', { name: /^Inbox, / })).toHaveCount(0); // no in-page mock
  await page.getByLabel('Name').fill('Over HTTP');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('over-http-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();

  await page.getByLabel('Name', { exact: true }).fill('Renamed Over HTTP');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').getByText('Name saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Renamed Over HTTP');

  expect(apiCalls).toEqual(expect.arrayContaining(['POST /v1/account', 'POST /v1/account/sessions/email', 'PATCH /v1/account/name']));
  // The page (localhost) and the API (127.0.0.1) are different sites: the session travels as the SDK's fallback.
  expect(await page.evaluate(() => localStorage.getItem('cookieFallback'))).toContain(`a_session_${DEFAULT_PROJECT_ID}`);
});

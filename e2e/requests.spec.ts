import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { signInAsDemo } from './helpers.ts';

interface Call {
  key: string;
  started: number;
  finished: number;
}

/** Records the API calls of the page (method + path + query) with when each started and ended. */
function recordApi(page: Page) {
  const calls = new Map<Request, Call>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/v1/') && !url.pathname.startsWith('/v1/mock/')) {
      calls.set(request, { key: `${request.method()} ${url.pathname}${url.search}`, started: performance.now(), finished: Infinity });
    }
  });
  const done = (request: Request) => {
    const call = calls.get(request);
    if (call) call.finished = performance.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return () => [...calls.values()];
}

const PAGES = [
  ['/profile', 'Profile', []],
  ['/email', 'Email', []],
  ['/phone', 'Phone', []],
  ['/password', 'Password', []],
  ['/preferences', 'Preferences', []],
  ['/sessions', 'Sessions', ['GET /v1/account/sessions']],
  ['/activity', 'Security activity', ['GET /v1/account/logs']],
] as const;

for (const [path, heading, dataCalls] of PAGES) {
  test(`first visit of ${path}: one request per resource, independent ones in parallel`, async ({ page }) => {
    await signInAsDemo(page, '/profile');
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
    const calls = recordApi(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.waitForLoadState('networkidle');

    const list = calls();
    const keys = list.map((c) => c.key);
    expect(new Set(keys).size, `duplicates in ${keys.join(', ')}`).toBe(keys.length);
    const account = list.find((c) => c.key === 'GET /v1/account');
    expect(account).toBeDefined();
    for (const prefix of dataCalls) {
      const data = list.find((c) => c.key.startsWith(prefix));
      expect(data, `${prefix} was requested`).toBeDefined();
      // No waterfall: the page's data does not wait for the account check (route loaders run together).
      expect(data && account && data.started < account.finished).toBe(true);
    }
  });
}

test('hovering a navigation link loads that page ahead, so the click shows it without another request', async ({ page }) => {
  await signInAsDemo(page, '/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  const calls = recordApi(page);
  const link = page.getByRole('navigation', { name: 'Account settings' }).getByRole('link', { name: 'Sessions' });
  await link.hover();
  await expect.poll(() => calls().filter((c) => c.key === 'GET /v1/account/sessions' && c.finished < Infinity).length).toBe(1);
  await link.click();
  await expect(page.getByText('4 active sessions')).toBeVisible();
  expect(calls().filter((c) => c.key === 'GET /v1/account/sessions')).toHaveLength(1);
});

test('cold start with a slow API: the page paints its own text first, the data follows', async ({ page }) => {
  await signInAsDemo(page, '/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await page.evaluate(() => fetch('/v1/mock/faults', { method: 'PUT', body: JSON.stringify({ latencyMs: 3000, paths: ['/account'] }) }));
  await page.goto('/sessions');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible({ timeout: 2500 });
  await expect(page.getByText('Everywhere you are signed in.', { exact: false })).toBeVisible();
  await expect(page.getByText('4 active sessions')).toBeHidden();
  await expect(page.getByText('4 active sessions')).toBeVisible({ timeout: 10_000 });
  await page.evaluate(() => fetch('/v1/mock/faults', { method: 'DELETE' }));
});

test('cold start signed out on a protected page still ends on sign-in, with the way back', async ({ page }) => {
  await page.goto('/activity?page=2');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Factivity%3Fpage%3D2$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sign in');
});

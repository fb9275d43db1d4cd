/**
 * Hostile text everywhere it can come from: the user's own name and preferences (saved through the
 * API), and the session and log fields the server fills in (written into the mock's stored state).
 * It must show as inert text: no dialog, no element or attribute it asks for, and at 360 px the page
 * still fits its width.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { callAsUser, signInAsDemo } from './helpers.ts';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  'javascript:alert(3)',
  '<svg onload=alert(4)><circle r=9 /></svg>',
  '" onmouseover="alert(5)',
  '\u202Eevil.exe\u202C txt', // right-to-left override
  'zero\u200Bwidth\u200Djoin\uFEFF',
];
const LONG = 'W'.repeat(10_240);

/** Elements and attributes none of the hostile strings may create. */
function injected(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) if (/^on/i.test(attribute)) found.push(`${element.tagName} ${attribute}`);
    }
    for (const element of document.querySelectorAll('img[src="x"], svg circle[r="9"], body script:not([src])')) found.push(element.outerHTML.slice(0, 80));
    for (const link of document.querySelectorAll('a[href]')) if (/^\s*javascript:/i.test(link.getAttribute('href') ?? '')) found.push(link.outerHTML.slice(0, 80));
    return found;
  });
}

/** Puts hostile text into every device and place field of the demo user's sessions and log rows. */
async function poisonSessionsAndLogs(page: Page, texts: string[]) {
  await page.evaluate((values) => {
    const key = 'appwrite-mock:state';
    const state = JSON.parse(localStorage.getItem(key) ?? '{}') as { sessions: Record<string, unknown>[]; logs: Record<string, Record<string, unknown>[]> };
    const fields = ['clientName', 'clientVersion', 'osName', 'osVersion', 'deviceName', 'deviceBrand', 'deviceModel', 'countryName'];
    state.sessions.forEach((session, i) => {
      for (const [j, field] of fields.entries()) session[field] = values[(i + j) % values.length];
    });
    for (const rows of Object.values(state.logs)) {
      rows.forEach((row, i) => {
        for (const [j, field] of fields.entries()) row[field] = values[(i + j) % values.length];
        if (i % 3 === 0) row.event = values[i % values.length];
      });
    }
    localStorage.setItem(key, JSON.stringify(state));
    // The in-page mock rereads state another tab wrote: this counts as one.
    localStorage.setItem('appwrite-mock:revision', `poisoned-${String(Date.now())}`);
  }, texts);
}

test('hostile names, preferences, sessions and log rows stay inert text, and the pages keep their width at 360 px', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setViewportSize({ width: 360, height: 740 });
  await signInAsDemo(page, '/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();

  // The name: as long as the server allows (128), every kind at once.
  const name = HOSTILE.join(' ').slice(0, 128);
  expect(await callAsUser(page, 'PATCH', '/account/name', { name })).toBe(200);
  const entries: [string, string][] = [...HOSTILE.map((text, i): [string, string] => [text, HOSTILE[(i + 1) % HOSTILE.length] ?? '']), ['long', LONG], [LONG.slice(0, 300), 'long key']];
  const prefs: Record<string, string> = Object.fromEntries(entries);
  expect(await callAsUser(page, 'PATCH', '/account/prefs', { prefs: { ...prefs, theme: 'dark', locale: 'en' } })).toBe(200);
  await poisonSessionsAndLogs(page, HOSTILE);

  for (const path of ['/profile', '/preferences', '/sessions', '/activity', '/security', '/email']) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('.animate-pulse')).toHaveCount(0);
    if (path === '/preferences') await page.getByText('Advanced', { exact: true }).click();
    if (path === '/sessions') for (const details of await page.locator('main details').all()) await details.locator('summary').click();
    if (path === '/profile') await page.getByRole('button', { name: /^Account menu/ }).click();
    expect(await injected(page), path).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} fits 360 px`).toBeLessThanOrEqual(360);
  }
  // Shown, as text, where they belong.
  await page.goto('/profile');
  await expect(page.getByRole('main').getByText(name, { exact: true })).toBeVisible();
  await page.goto('/sessions');
  await expect(page.getByRole('main').getByText('<img src=x onerror=alert(2)>').first()).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('hostile URL parameters: ignored or refused, never run, and the page still works', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signInAsDemo(page, '/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  for (const [path, heading] of [
    ['/activity?page=<script>alert(1)</script>&limit=1e9', 'Security activity'],
    ['/activity?page=-5&limit=javascript:alert(1)', 'Security activity'],
    ['/sign-in?next=javascript:alert(1)', 'Sign in'],
    ['/sign-in?method=<img src=x onerror=alert(1)>', 'Sign in'],
    ['/magic-url?userId=<svg onload=alert(1)>&secret=%00%0A%E2%80%AE&expire=<b>', 'Signing you in'],
    ['/oauth/failure?error=%7B%22message%22%3A%22%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%22%2C%22type%22%3A%22x%22%7D', 'Sign-in with the provider did not finish'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first(), path).toContainText(heading);
    expect(await injected(page), path).toEqual([]);
  }
  expect(dialogs).toEqual([]);
});

import { readFile } from 'node:fs/promises';
import { axeViolations, expect, test } from './fixtures.ts';
import { createAccountOnServer, signInAsDemo, signInOnServer, signInWithForm, uniqueEmail, useMockServer } from './helpers.ts';

test('activity shows the sign-ins just made, newest first', async ({ page }) => {
  const email = uniqueEmail('activity');
  const password = 'activity-password-1';
  await useMockServer(page);
  await createAccountOnServer(page.request, email, password);
  await signInOnServer(page.request, email, password, 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0');
  await signInWithForm(page, email, password);
  await page.getByRole('link', { name: 'Security activity' }).click();
  const rows = page.getByRole('region', { name: 'Today' }).getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Signed in');
  await expect(rows.nth(0)).toContainText(/Chrome \d+ on Windows 10/); // Playwright's desktop Chrome user agent
  await expect(rows.nth(1)).toContainText('Signed in');
  await expect(rows.nth(1)).toContainText('Firefox 128 on Linux');
  await expect(rows.nth(2)).toContainText('Account created');
  await expect(rows.nth(2).getByText('Account created')).toHaveAttribute('title', 'Recorded as user.create');
});

test('paging is in the address bar: it survives a reload and can be shared', async ({ page }) => {
  await signInAsDemo(page, '/activity?page=3&limit=10');
  await expect(page.getByText(/^21–30 of \d+$/)).toBeVisible();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\?page=4&limit=10$/);
  await expect(page.getByText(/^31–40 of \d+$/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^31–40 of \d+$/)).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(10);
  await page.getByLabel('Events per page').selectOption('25');
  await expect(page).toHaveURL(/\?page=2&limit=25$/);
  await page.goBack();
  await expect(page.getByText(/^31–40 of \d+$/)).toBeVisible();
});

test('CSV export downloads every event of the log', async ({ page }) => {
  await signInAsDemo(page, '/activity');
  const range = await page.getByText(/^1–25 of \d+$/).textContent();
  const total = Number(/of (\d+)$/.exec(range ?? '')?.[1]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^security-activity-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await file.path(), 'utf8');
  const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(lines[0]).toBe('time,event,description,device,client,os,country_code,country,ip');
  expect(lines).toHaveLength(total + 1);
  expect(lines.slice(1).every((line) => /^\d{4}-\d{2}-\d{2}T/.test(line))).toBe(true);
  await expect(page.getByRole('status').getByText(`Downloaded ${String(total)} events as CSV.`)).toBeVisible();
});

test('a server without the log gets an explanation, not an error', async ({ page }) => {
  await signInAsDemo(page, '/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await page.evaluate(() =>
    fetch('/v1/mock/project', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ logs: false }) }),
  );
  await page.getByRole('link', { name: 'Security activity' }).click();
  await expect(page.getByText('This server keeps no activity log')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`activity page passes axe (${colorScheme}), wide and at 360 px`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await signInAsDemo(page, '/activity');
    await expect(page.getByRole('region', { name: 'Today' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await axeViolations(page)).toEqual([]);
    // The pager (range, page size, previous, next) stays on one line.
    const nav = page.getByRole('navigation', { name: 'Pages' });
    expect((await nav.boundingBox())?.height).toBeLessThanOrEqual(48);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}

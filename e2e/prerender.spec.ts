import { PRODUCTION_PORT } from '../playwright.config.ts';
import { expect, test } from './fixtures.ts';
import { createAccountOnServer, uniqueEmail, useMockServer } from './helpers.ts';

// The production build: prerendered pages, the API on the mock HTTP server (through config.json).
const APP = `http://localhost:${String(PRODUCTION_PORT)}`;

test('a prerendered page arrives painted, scripts start after, and the app takes over without a blank frame', async ({ page, request }) => {
  const html = await (await request.get(`${APP}/sign-in`)).text();
  expect(html).toContain('<div id="root" data-prerendered inert>');
  expect(html).toMatch(/<h1[^>]*>Sign in/);
  expect(html).toContain('<title>Sign in</title>');
  expect(html, 'CSS inlined').not.toContain('rel="stylesheet"');
  expect(html, 'no script in the way of the first paint').not.toContain('<script type="module"');

  // Every frame from the first paint on, record what #root shows, and when the app's script was added.
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { log_: string[] }).log_ = log;
    const record = () => {
      const root = document.getElementById('root');
      if (root) log.push(`${root.querySelector('h1')?.textContent ?? 'no heading'}|${root.hasAttribute('inert') ? 'inert' : 'live'}`);
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
    new MutationObserver(() => {
      if (document.querySelector('script[type="module"]') && !log.some((e) => e.startsWith('script'))) {
        log.push(`script after first paint: ${String(performance.getEntriesByName('first-contentful-paint').length > 0)}`);
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await useMockServer(page);
  const email = uniqueEmail('prerender');
  await createAccountOnServer(request, email, 'correct-horse-battery');
  await page.goto(`${APP}/sign-in`);
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  const log = await page.evaluate(() => (window as unknown as { log_: string[] }).log_);
  const frames = log.filter((entry) => !entry.startsWith('script')).filter((entry, i, all) => entry !== all[i - 1]);
  expect(frames, 'the sign-in page, inert, then live: no blank or fallback frame').toEqual([
    'Sign in|inert',
    'Sign in|live',
  ]);
  expect(log).toContain('script after first paint: true');

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

test('a URL asking for another variant of a prerendered page opens the live page at once', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: boolean[] = [];
    (window as unknown as { seen_: boolean[] }).seen_ = seen;
    const record = () => {
      const shown = document.documentElement.style.visibility !== 'hidden';
      seen.push(shown && (document.getElementById('root')?.hasAttribute('data-prerendered') ?? false));
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  await useMockServer(page);
  await page.goto(`${APP}/forgot-password?mode=code`);
  await expect(page.getByRole('button', { name: 'Send code' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { seen_: boolean[] }).seen_), 'no frame shows the prerendered link form').not.toContain(true);
});

test('pages that read their link are not prerendered: a recovery link opens the live page', async ({ request }) => {
  const html = await (await request.get(`${APP}/recovery?userId=u&secret=s`)).text();
  expect(html).toContain('<div id="root"></div>');
});

test('an Arabic browser never sees the English prerendered page: it gets the live page in Arabic', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ar-EG' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const headings: string[] = [];
    (window as unknown as { headings_: string[] }).headings_ = headings;
    const record = () => {
      const shown = document.documentElement.style.visibility !== 'hidden';
      const text = shown ? document.querySelector('h1')?.textContent : undefined;
      if (text && headings.at(-1) !== text) headings.push(text);
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  await useMockServer(page);
  // Its words are preloaded with the page: every file asked for exists.
  const missing: string[] = [];
  page.on('response', (response) => response.url().startsWith(APP) && response.status() >= 400 && missing.push(response.url()));
  await page.goto(`${APP}/sign-in`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/[\u0600-\u06FF]/);
  expect(missing).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const headings = await page.evaluate(() => (window as unknown as { headings_: string[] }).headings_);
  expect(headings.filter((text) => !/[\u0600-\u06FF]/.test(text)), 'no frame in English').toEqual([]);
  await context.close();
});

for (const { name, colorScheme, remembered } of [
  { name: 'a dark-mode browser', colorScheme: 'dark', remembered: undefined },
  { name: 'a light browser whose last theme here was dark', colorScheme: 'light', remembered: 'dark' },
] as const) {
  test(`${name}: the first paint of /sign-in is dark`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    if (remembered) await context.addInitScript((theme) => localStorage.setItem('account-dashboard:display', JSON.stringify({ theme })), remembered);
    const page = await context.newPage();
    // The background of the very first frame, before any script of the app has run.
    await page.addInitScript(() => {
      requestAnimationFrame(() => ((window as unknown as { first_: string }).first_ = getComputedStyle(document.body).backgroundColor));
    });
    await page.goto(`${APP}/sign-in`);
    const first = await page.waitForFunction(() => (window as unknown as { first_?: string }).first_);
    const [r = 255, g = 255, b = 255] = ((await first.jsonValue()) ?? '').match(/\d+/g)?.map(Number) ?? [];
    expect(r + g + b, `first frame ${String(r)},${String(g)},${String(b)}`).toBeLessThan(3 * 60);
    await context.close();
  });
}

/**
 * The settings embedded in a host app (examples/host/, in the mock build): the React component with
 * the host's JWTs, a second widget mounted the plain-JS way, and the iframe mode.
 */
import type { Locator, Page } from '@playwright/test';
import { advanceMockClock } from './helpers.ts';
import { DEMO, expect, test } from './fixtures.ts';

const HOST = '/examples/host/';

/** The example host, signed in (by its own sign-in button unless the browser's session is there already). */
async function openHost(page: Page, query = '', { signedIn = false } = {}) {
  await page.goto(`${HOST}${query}`);
  if (!signedIn) await page.getByRole('button', { name: `Sign in to Acme as ${DEMO.email}` }).click();
  const component = page.getByRole('region', { name: 'Settings: the React component (JWT auth)' });
  await expect(component.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await expect(component.getByText(DEMO.email)).toBeVisible();
  return component;
}

const log = (page: Page) => page.getByRole('list', { name: 'What the settings told Acme' });

async function rename(widget: Locator, name: string) {
  await widget.getByRole('textbox', { name: 'Name' }).fill(name);
  await widget.getByRole('button', { name: 'Save' }).click();
  await expect(widget.getByText('Name saved.')).toBeVisible();
}

/** The computed styles that make up how an element looks (`size`: its box too, for the widget's fixed parts). */
function looks(locator: Locator, { size = true } = {}) {
  return locator.evaluate((element, withSize) => {
    const style = getComputedStyle(element);
    const names = ['font-family', 'font-size', 'font-weight', 'line-height', 'letter-spacing', 'text-transform', 'color', 'background-color', 'border-top-width', 'border-top-style', 'border-radius', 'padding-top', 'padding-left', 'margin-top'];
    return Object.fromEntries([...names, ...(withSize ? ['width', 'height'] : [])].map((name) => [name, style.getPropertyValue(name)]));
  }, size);
}

test('the component changes the name, and the host hears of it', async ({ page }) => {
  const widget = await openHost(page);
  await rename(widget, 'Ada, Countess of Lovelace');
  await expect(log(page)).toContainText('onAccountChange: Ada, Countess of Lovelace');
  // The host acts on it: its own header follows.
  await expect(page.getByTestId('host-user')).toHaveText('Ada, Countess of Lovelace');
  await widget.getByRole('link', { name: 'Sessions' }).click();
  await expect(widget.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(log(page)).toContainText('onNavigate: sessions');
});

test('host CSS leaves the widget as it looks alone, and the widget leaves the host’s elements alone', async ({ page }) => {
  // The host's own elements before any widget is on the page…
  await page.goto(HOST);
  const hostButton = page.getByRole('button', { name: /Sign in to Acme/ });
  await expect(hostButton).toBeVisible();
  const hostHeading = page.getByRole('heading', { name: 'Acme Notes' });
  const hostBefore = { heading: await looks(hostHeading), body: await looks(page.locator('body'), { size: false }) };
  const widget = await openHost(page);
  // …and after: the widget's stylesheet (Tailwind's reset included) did not touch them.
  expect({ heading: await looks(hostHeading), body: await looks(page.locator('body'), { size: false }) }).toEqual(hostBefore);

  const parts = (root: Locator) => ({
    heading: root.getByRole('heading', { level: 1 }),
    nav: root.getByRole('link', { name: 'Email' }),
    field: root.getByRole('textbox', { name: 'Name' }),
    save: root.getByRole('button', { name: 'Save' }),
    copy: root.getByRole('button', { name: /Copy/ }).first(),
  });
  const alone: Record<string, Record<string, string>> = {};
  for (const [name, part] of Object.entries(parts(widget))) alone[name] = await looks(part);

  // The same page with careless global CSS (button { background: red }, body { margin: 20px }, * { font-family: serif }…).
  const hostile = await openHost(page, '?hostile', { signedIn: true });
  for (const [name, part] of Object.entries(parts(hostile))) expect(await looks(part), name).toEqual(alone[name]);
  // The host's rules still apply to the host's own elements.
  const signOut = page.getByRole('button', { name: 'Sign out of Acme' });
  await expect(signOut).toHaveCSS('background-color', 'rgb(255, 0, 0)');
  await expect(page.locator('body')).toHaveCSS('margin-top', '20px');
  await expect(page.getByRole('heading', { name: 'Acme Notes' })).toHaveCSS('text-transform', 'uppercase');
});

test('two widgets on one page, each on its own', async ({ page }) => {
  const component = await openHost(page, '?second');
  const second = page.getByRole('region', { name: 'A second widget: mountAccountSettings (session auth)' });
  await expect(second.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(second.getByText('This device')).toBeVisible();
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
  expect(ids.filter((id, index) => ids.indexOf(id) !== index), 'no id twice').toEqual([]);
  // One navigates, the other stays.
  await second.getByRole('link', { name: 'Security activity' }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Security activity' })).toBeVisible();
  await expect(component.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
});

test('an expired JWT is renewed through the host’s getJWT, and the action still succeeds', async ({ page }) => {
  const widget = await openHost(page);
  const renewals = () => log(page).getByText('getJWT (component): a new JWT').count();
  const before = await renewals();
  await advanceMockClock(page, 16 * 60); // JWTs last 15 minutes
  await rename(widget, 'Ada after the break');
  expect(await renewals()).toBe(before + 1);
  await expect(log(page)).toContainText('onAccountChange: Ada after the break');
  await expect(log(page)).not.toContainText('onSignOut');
});

test.describe('the iframe mode', () => {
  const frameOf = (page: Page) => page.frameLocator('iframe[title="Account settings"]');

  test('grows and shrinks with its content: no scrollbar inside', async ({ page }) => {
    await openHost(page);
    const frame = frameOf(page);
    await expect(frame.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
    const iframe = page.locator('iframe[title="Account settings"]');
    const fits = () =>
      iframe.evaluate((element: HTMLIFrameElement) => {
        const inner = element.contentDocument?.documentElement;
        return inner ? { outer: element.clientHeight, inner: inner.scrollHeight } : null;
      });
    await expect.poll(async () => (await fits())?.outer).toBe((await fits())?.inner);
    const before = (await fits())?.outer ?? 0;
    await frame.getByText('Details').first().click();
    await expect.poll(async () => (await fits())?.outer).toBeGreaterThan(before);
    await expect.poll(async () => { const f = await fits(); return f && f.outer - f.inner; }).toBe(0);
  });

  test('follows the host’s theme, and ignores messages from an origin not listed', async ({ page }) => {
    await openHost(page);
    const frame = frameOf(page);
    await expect(frame.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
    const theme = () => frame.locator('html').getAttribute('data-theme');
    await expect.poll(theme).toBe('light');
    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(theme).toBe('dark');
    await expect(frame.locator('body')).toHaveCSS('background-color', 'rgb(13, 17, 23)');

    // The same message from another origin, or not from the parent window, changes nothing.
    const child = page.frames().find((f) => f.url().includes('/embed/'));
    await child?.evaluate(() => {
      const message = { type: 'account-settings:theme', theme: 'light' };
      window.dispatchEvent(new MessageEvent('message', { data: message, origin: 'https://evil.example', source: window.parent }));
      window.dispatchEvent(new MessageEvent('message', { data: message, origin: location.origin, source: window }));
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'account-settings:navigate', section: '../sign-in' }, origin: location.origin, source: window.parent }));
    });
    // A listed one does: proof the check is what stopped them.
    await child?.evaluate(() => window.dispatchEvent(new MessageEvent('message', { data: { type: 'account-settings:navigate', section: 'profile' }, origin: location.origin, source: window.parent })));
    await expect(frame.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
    expect(await theme()).toBe('dark');
    await expect(log(page)).toContainText('iframe, navigate: profile');
  });

  test('shows nothing of the account in a page whose origin is not listed', async ({ page, baseURL }) => {
    await page.goto('/examples/host/');
    await page.getByRole('button', { name: /Sign in to Acme/ }).click();
    await expect(page.getByTestId('host-user')).toBeVisible();
    // The same machine under another name is another origin: 127.0.0.1 frames localhost's settings.
    const other = (baseURL ?? '').replace('localhost', '127.0.0.1');
    await page.goto(`${other}/config.json`);
    await page.evaluate((src) => {
      document.documentElement.innerHTML = `<body><iframe title="settings" src="${src}" style="width:600px;height:400px"></iframe></body>`;
    }, `${baseURL ?? ''}/embed/profile`);
    const frame = page.frameLocator('iframe[title="settings"]');
    await expect(frame.getByRole('heading', { level: 1, name: 'This page cannot be shown here' })).toBeVisible();
    await expect(frame.getByText(DEMO.email)).toHaveCount(0);
  });
});

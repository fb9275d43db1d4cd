/**
 * Every form that writes, under faults injected into its one write request (the mock's /mock/faults):
 * offline, a 500 and a 429 each keep the input and say what happened and what to do; after the 429
 * the action waits (a countdown) until the rate-limit window ends; then a retry, clicked twice or with
 * Enter mashed, makes exactly one write (counted through /mock/requests). A slow write (5 s) survives
 * the user going to another page and back: it lands once and the page shows it.
 */
import type { Locator, Page } from '@playwright/test';
import { DEMO, expect, test } from './fixtures.ts';
import { signInAsDemo } from './helpers.ts';

type Write = { method: string; path: RegExp };

interface WriteForm {
  name: string;
  page: string;
  heading: string;
  /** The write request; faults go on `faultPath` (a prefix). */
  write: Write;
  faultPath: string;
  /** Enters the input (once per test: it must survive every failure). */
  fill: (page: Page) => Promise<void>;
  /** Starts the write: the submit button, or the button that opens a confirmation. */
  start: (page: Page) => Promise<void>;
  /** The button that sends the write (a form's submit, or the confirmation's). */
  send: (page: Page) => Locator;
  /** Where the failure is said. */
  problem: (page: Page) => Locator;
  /** The input is still there after a failure. */
  kept: (page: Page) => Promise<void>;
  /** The write landed and the page shows it. */
  done: (page: Page) => Promise<void>;
  /** What shows, after leaving and coming back, that a slow write landed (default: `done`). */
  landed?: (page: Page) => Promise<void>;
  /** A write that signs the user out: no slow-write round trip through another page. */
  endsSession?: boolean;
}

const dialog = (page: Page) => page.getByRole('dialog');

const FORMS: WriteForm[] = [
  {
    name: 'name',
    page: '/profile',
    heading: 'Profile',
    write: { method: 'PATCH', path: /^\/account\/name$/ },
    faultPath: '/account/name',
    fill: (page) => page.getByLabel('Name', { exact: true }).fill('Ada, Countess of Lovelace'),
    start: () => Promise.resolve(),
    send: (page) => page.getByRole('button', { name: /^(Save|Try again in .*)$/ }),
    problem: (page) => page.getByRole('main').getByRole('alert'),
    kept: (page) => expect(page.getByLabel('Name', { exact: true })).toHaveValue('Ada, Countess of Lovelace'),
    done: (page) => expect(page.getByRole('main').getByText('Ada, Countess of Lovelace').first()).toBeVisible(),
  },
  {
    name: 'email',
    page: '/email',
    heading: 'Email',
    write: { method: 'PATCH', path: /^\/account\/email$/ },
    faultPath: '/account/email',
    fill: async (page) => {
      await page.getByRole('button', { name: 'Change email' }).click();
      await page.getByLabel('New email').fill('ada.new@example.com');
      await page.getByLabel('Current password').fill(DEMO.password);
    },
    start: () => Promise.resolve(),
    send: (page) => page.getByRole('button', { name: /^(Save email|Try again in .*)$/ }),
    problem: (page) => page.getByRole('main').getByRole('alert'),
    kept: async (page) => {
      await expect(page.getByLabel('New email')).toHaveValue('ada.new@example.com');
      await expect(page.getByLabel('Current password')).toHaveValue(DEMO.password);
    },
    done: (page) => expect(page.getByText('ada.new@example.com').first()).toBeVisible(),
  },
  {
    name: 'phone',
    page: '/phone',
    heading: 'Phone',
    write: { method: 'PATCH', path: /^\/account\/phone$/ },
    faultPath: '/account/phone',
    fill: async (page) => {
      await page.getByLabel('Phone number', { exact: true }).fill('+14155550142');
      await page.getByLabel('Current password').fill(DEMO.password);
    },
    start: () => Promise.resolve(),
    send: (page) => page.getByRole('button', { name: /^(Save and text me a code|Try again in .*)$/ }),
    problem: (page) => page.getByRole('main').getByRole('alert'),
    kept: (page) => expect(page.getByLabel('Phone number', { exact: true })).toHaveValue('+14155550142'),
    done: (page) => expect(page.getByText('+14155550142').first()).toBeVisible(),
  },
  {
    name: 'password',
    page: '/password',
    heading: 'Password',
    write: { method: 'PATCH', path: /^\/account\/password$/ },
    faultPath: '/account/password',
    fill: async (page) => {
      await page.getByLabel('Current password').fill(DEMO.password);
      await page.getByLabel('New password', { exact: true }).fill('a-much-longer-new-passphrase');
      await page.getByLabel('Repeat new password').fill('a-much-longer-new-passphrase');
    },
    start: () => Promise.resolve(),
    send: (page) => page.getByRole('button', { name: /^(Change password|Try again in .*)$/ }),
    problem: (page) => page.getByRole('main').getByRole('alert'),
    kept: (page) => expect(page.getByLabel('New password', { exact: true })).toHaveValue('a-much-longer-new-passphrase'),
    done: (page) => expect(page.getByRole('status').getByText('Password changed.')).toBeVisible(),
    // Nothing on the page shows a password: the count of writes says it all.
    landed: () => Promise.resolve(),
  },
  {
    name: 'preferences',
    page: '/preferences',
    heading: 'Preferences',
    write: { method: 'PATCH', path: /^\/account\/prefs$/ },
    faultPath: '/account/prefs',
    fill: async (page) => {
      await page.getByText('Advanced', { exact: true }).click();
      await page.getByLabel('New key').fill('newsletter');
      await page.getByRole('button', { name: 'Add preference' }).click();
      await page.getByRole('group', { name: 'newsletter' }).getByLabel('Value').fill('weekly');
    },
    start: () => Promise.resolve(),
    send: (page) => page.getByRole('region', { name: 'Unsaved changes' }).getByRole('button', { name: /^(Save|Try again in .*)$/ }),
    problem: (page) => page.getByRole('main').getByRole('alert'),
    kept: (page) => expect(page.getByRole('group', { name: 'newsletter' }).getByLabel('Value')).toHaveValue('weekly'),
    done: async (page) => {
      await expect(page.getByRole('region', { name: 'Unsaved changes' })).toBeHidden();
      const value = page.getByRole('group', { name: 'newsletter' }).getByLabel('Value');
      // Advanced stays open only while something is unsaved.
      if (!(await value.isVisible())) await page.getByText('Advanced', { exact: true }).click();
      await expect(value).toHaveValue('weekly');
    },
  },
  {
    name: 'sign out one session',
    page: '/sessions',
    heading: 'Sessions',
    write: { method: 'DELETE', path: /^\/account\/sessions\/(?!current)\w+$/ },
    faultPath: '/account/sessions/',
    fill: () => Promise.resolve(),
    start: (page) => page.getByRole('button', { name: 'Sign out of Firefox 128 on Linux' }).click(),
    send: (page) => dialog(page).getByRole('button', { name: /^(Sign out|Try again in .*)$/ }),
    problem: (page) => dialog(page).getByRole('alert'),
    kept: (page) => expect(dialog(page)).toBeVisible(),
    done: (page) => expect(page.getByText('3 active sessions')).toBeVisible(),
  },
  {
    name: 'sign out everywhere',
    page: '/sessions',
    heading: 'Sessions',
    write: { method: 'DELETE', path: /^\/account\/sessions$/ },
    faultPath: '/account/sessions',
    fill: () => Promise.resolve(),
    start: (page) => page.getByRole('button', { name: 'Sign out everywhere' }).click(),
    send: (page) => dialog(page).getByRole('button', { name: /^(Sign out everywhere|Try again in .*)$/ }),
    problem: (page) => dialog(page).getByRole('alert'),
    kept: (page) => expect(dialog(page)).toBeVisible(),
    done: (page) => expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible(),
    endsSession: true,
  },
  {
    name: 'deactivate',
    page: '/deactivate',
    heading: 'Deactivate account',
    write: { method: 'PATCH', path: /^\/account\/status$/ },
    faultPath: '/account/status',
    fill: (page) => page.getByLabel('Type "deactivate my account" to confirm').fill('deactivate my account'),
    start: () => Promise.resolve(),
    send: (page) => page.getByRole('button', { name: /^(Deactivate my account|Try again in .*)$/ }),
    problem: (page) => page.getByRole('main').getByRole('alert'),
    kept: (page) => expect(page.getByLabel('Type "deactivate my account" to confirm')).toHaveValue('deactivate my account'),
    done: (page) => expect(page.getByRole('heading', { level: 1, name: 'Your account is deactivated' })).toBeVisible(),
    endsSession: true,
  },
];

const FAULTS = [
  { name: 'offline', faults: { offline: true }, says: 'You appear to be offline' },
  { name: '500', faults: { failRate: 1, failStatus: 500 }, says: 'Something went wrong on the server' },
  { name: '429', faults: { failRate: 1, failStatus: 429 }, says: 'Too many attempts. Try again in about' },
] as const;

async function control(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ m, p, b }) => (await fetch(`/v1/mock/${p}`, { method: m, body: b === undefined ? undefined : JSON.stringify(b) })).text(),
    { m: method, p: path, b: body },
  );
}

/** Requests of `write` the backend answered since the log was cleared (`succeeded`: 2xx only). */
async function writes(page: Page, write: Write, { succeeded = true } = {}) {
  const { requests } = JSON.parse(await control(page, 'GET', 'requests')) as { requests: { method: string; path: string; status: number }[] };
  return requests.filter((r) => r.method === write.method && write.path.test(r.path) && (!succeeded || (r.status >= 200 && r.status < 300))).length;
}

for (const form of FORMS) {
  test(`${form.name}: offline, 500 and 429 keep the input and say so; a retry (clicked twice) writes once`, async ({ page }) => {
    await page.clock.install();
    await signInAsDemo(page, form.page);
    await expect(page.getByRole('heading', { level: 1, name: form.heading })).toBeVisible();
    await form.fill(page);
    await control(page, 'DELETE', 'requests');
    for (const fault of FAULTS) {
      await control(page, 'PUT', 'faults', { ...fault.faults, paths: [form.faultPath] });
      if (!(await form.send(page).isVisible())) await form.start(page);
      await form.send(page).click();
      await expect(form.problem(page), fault.name).toContainText(fault.says);
      await form.kept(page);
      expect(await writes(page, form.write), `${fault.name}: nothing written`).toBe(0);
    }
    // After the 429 the action waits until the window ends (Appwrite's windows end on the hour).
    await expect(form.send(page)).toBeDisabled();
    await expect(form.send(page)).toHaveText(/^Try again in \d+:\d{2}$/);
    await control(page, 'DELETE', 'faults');
    await page.clock.fastForward('01:00:00');
    await expect(form.send(page)).toBeEnabled();
    await control(page, 'DELETE', 'requests');
    await form.send(page).dblclick();
    await form.done(page);
    // One request, not one success and a refused duplicate.
    expect(await writes(page, form.write, { succeeded: false })).toBe(1);
    expect(await writes(page, form.write)).toBe(1);
  });

  if (!form.endsSession) {
    test(`${form.name}: a slow write survives leaving the page and coming back, and lands once`, async ({ page }) => {
      await signInAsDemo(page, form.page);
      await expect(page.getByRole('heading', { level: 1, name: form.heading })).toBeVisible();
      await form.fill(page);
      await control(page, 'DELETE', 'requests');
      await control(page, 'PUT', 'faults', { latencyMs: 5000, paths: [form.faultPath] });
      await form.start(page);
      // Enter-mashing on a form, a double click on a confirmation: one write.
      if ((await form.send(page).getAttribute('type')) === 'submit') for (let i = 0; i < 3; i++) await form.send(page).press('Enter');
      else await form.send(page).dblclick();
      // A confirmation waiting on its write can be dismissed; the write goes on.
      if (await dialog(page).isVisible()) await page.keyboard.press('Escape');
      const nav = page.getByRole('navigation', { name: 'Account settings' });
      await nav.getByRole('link', { name: form.page === '/profile' ? 'Security activity' : 'Profile' }).click();
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(form.heading);
      await nav.getByRole('link', { name: form.heading }).click();
      await expect(page.getByRole('heading', { level: 1, name: form.heading })).toBeVisible();
      await expect.poll(() => writes(page, form.write), { timeout: 12_000 }).toBe(1);
      await (form.landed ?? form.done)(page);
      expect(await writes(page, form.write, { succeeded: false })).toBe(1);
    });
  }
}

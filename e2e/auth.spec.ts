import { axeViolations, DEMO, expect, test } from './fixtures.ts';

test('sign up → profile → rename → reload → sign out → protected route → sign in → back', async ({ page }) => {
  const email = `grace.${Date.now()}@example.com`;
  const password = 'hopper-compiler-1952';

  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('Grace Hopper');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  const name = page.getByLabel('Name', { exact: true });
  await name.fill('Rear Admiral Grace Hopper');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').getByText('Name saved.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await expect(name).toHaveValue('Rear Admiral Grace Hopper');
  await expect(page.getByRole('button', { name: 'Account menu for Rear Admiral Grace Hopper' })).toBeVisible();

  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await page.goto('/profile');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofile$/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(name).toHaveValue('Rear Admiral Grace Hopper');
});

test('the demo account can be filled in and used on the mock', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Use demo account' }).click();
  await expect(page.getByLabel('Email')).toHaveValue(DEMO.email);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await expect(page.getByText('Verified')).toBeVisible();
});

test('wrong credentials get one non-revealing message and keep the input', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(/The email or password is incorrect/);
  await expect(page.getByLabel('Email')).toHaveValue(DEMO.email);
});

test('at 360 px the settings navigation is behind a menu button', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Use demo account' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Account settings' })).toBeHidden();
  await page.getByRole('button', { name: 'Settings menu' }).click();
  const nav = page.getByRole('navigation', { name: 'Account settings' });
  await expect(nav.getByRole('link', { name: 'Profile' })).toHaveAttribute('aria-current', 'page');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe (${colorScheme})`, () => {
    test.use({ colorScheme });

    test('sign-in and sign-up pages', async ({ page }) => {
      await page.goto('/sign-in');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto('/sign-up');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('profile page, with the account menu open and a field error', async ({ page }) => {
      await page.goto('/sign-in');
      await page.getByRole('button', { name: 'Use demo account' }).click();
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('Name', { exact: true }).fill(' ');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText('Enter a name.')).toBeVisible();
      await page.getByRole('button', { name: /Account menu/ }).click();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('not-found page', async ({ page }) => {
      await page.goto('/no-such-page');
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('an invalid runtime config shows a clear error page instead of the app', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: { endpoint: 'ftp://appwrite.example', signInMethods: ['carrierPigeon'] } }));
  await page.goto('/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'This dashboard is not configured correctly' })).toBeVisible();
  await expect(page.getByText(/"endpoint" must be an http\(s\) URL/)).toBeVisible();
  await expect(page.getByText(/"signInMethods" must be a list of/)).toBeVisible();
});

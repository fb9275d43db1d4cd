/**
 * The measurable design rules, on every page: control edges at 3:1 (light and dark), 44 px touch
 * targets on touch screens, no focus box on a heading focused by script, /sessions on one screen, no
 * sideways scrolling at 360 px. Screenshots of every page (desktop light, 360 px dark) are saved under
 * test-results/ as artefacts for a person to look at.
 */
import type { Page } from '@playwright/test';
import { AUTH_PAGES, SETTINGS_PAGES } from '../src/app/routes/page-table.ts';
import { expect, test } from './fixtures.ts';
import { signInAsDemo } from './helpers.ts';

const LOOKS = [
  { name: 'desktop-light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  { name: '360-dark', viewport: { width: 360, height: 740 }, colorScheme: 'dark' },
] as const;

// A landing's most telling state without a real link is "expired"; the others show their "incomplete" state.
const EXPIRED = 'userId=u1&secret=s1&expire=2020-01-01T00:00:00.000%2B00:00';
const SIGNED_OUT_PATHS = AUTH_PAGES.filter((page) => page.path !== '/mfa').map((page) => (page.path === '/recovery' ? `/recovery?${EXPIRED}` : page.path));
const SIGNED_IN_PATHS = SETTINGS_PAGES.map((page) => page.path);

/** Waits until the page shows its content: its heading, no skeletons, no finishing transitions. */
async function settle(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('.animate-pulse')).toHaveCount(0);
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity));
}

function fileName(path: string) {
  return path.split('?')[0]?.replace(/^\//, '').replaceAll('/', '-') || 'home';
}

/**
 * Controls whose edge is what shows them (fields, and outlined buttons on the same colour as what is
 * behind them) with less than 3:1 between edge and background (WCAG 1.4.11).
 */
function weakEdges(page: Page) {
  return page.evaluate(() => {
    const rgb = (value: string) => (/rgba?\(([^)]+)\)/.exec(value)?.[1] ?? '0,0,0,0').split(/[ ,/]+/).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const channel = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
    };
    const backgroundBehind = (element: Element | null): number[] => {
      for (let node = element; node; node = node.parentElement) {
        const color = rgb(getComputedStyle(node).backgroundColor);
        if ((color[3] ?? 1) > 0) return color;
      }
      return rgb(getComputedStyle(document.body).backgroundColor);
    };
    const failures: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('input:not([type=checkbox], [type=radio], [type=range], [type=hidden]), select, textarea, button:not(:disabled)');
    for (const control of controls) {
      const style = getComputedStyle(control);
      if (!control.checkVisibility() || parseFloat(style.borderTopWidth) === 0 || rgb(style.borderTopColor)[3] === 0) continue;
      const behind = backgroundBehind(control.parentElement);
      const own = rgb(style.backgroundColor);
      const fill = (own[3] ?? 1) > 0 ? own : behind;
      // A filled button is shown by its fill; only an edge on a matching background has to carry it.
      if (control.tagName === 'BUTTON' && ratio(fill, behind) >= 1.1) continue;
      const contrast = ratio(rgb(style.borderTopColor), behind);
      if (contrast < 3) failures.push(`${control.tagName.toLowerCase()} "${control.getAttribute('aria-label') ?? control.textContent.trim()}": ${contrast.toFixed(2)}:1`);
    }
    return failures;
  });
}

for (const look of LOOKS) {
  test.describe(look.name, () => {
    test.use({ viewport: look.viewport, colorScheme: look.colorScheme });

    test(`every page: screenshots, 3:1 control edges${look.viewport.width === 360 ? ', no sideways scrolling' : ''}`, async ({ page }, testInfo) => {
      const check = async (path: string) => {
        await settle(page, path);
        await page.screenshot({ path: testInfo.outputPath(`${fileName(path)}.png`), fullPage: true });
        expect.soft(await weakEdges(page), `${path}: control edges under 3:1`).toEqual([]);
        if (look.viewport.width === 360) {
          expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: page width at 360 px`).toBeLessThanOrEqual(360);
        }
      };
      for (const path of SIGNED_OUT_PATHS) await check(path);
      await signInAsDemo(page, '/profile');
      await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
      for (const path of SIGNED_IN_PATHS) await check(path);
    });
  });
}

test.describe('touch screen', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('every button, field, select and nav item is at least 44 px tall (icon buttons 44 px wide)', async ({ page }) => {
    const smallTargets = () =>
      page.evaluate(() => {
        const selector = 'button, select, textarea, summary, nav a, input:not([type=checkbox], [type=radio], [type=range], [type=hidden])';
        return [...document.querySelectorAll<HTMLElement>(selector)]
          .filter((element) => element.checkVisibility())
          .flatMap((element) => {
            const box = element.getBoundingClientRect();
            const tooSmall = box.height < 43.5 || (element.hasAttribute('data-icon') && box.width < 43.5);
            return tooSmall ? [`${element.tagName.toLowerCase()} "${element.getAttribute('aria-label') ?? element.textContent.trim()}": ${box.width.toFixed(0)}×${box.height.toFixed(0)}`] : [];
          });
      });
    await page.goto('/sign-in');
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await settle(page, '/sign-in');
    await page.getByText('More ways to sign in').click();
    expect.soft(await smallTargets(), '/sign-in').toEqual([]);
    await signInAsDemo(page, '/profile');
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
    for (const path of SIGNED_IN_PATHS) {
      await settle(page, path);
      expect.soft(await smallTargets(), path).toEqual([]);
    }
    await page.getByRole('button', { name: 'Settings menu' }).click();
    expect.soft(await smallTargets(), 'the open menu').toEqual([]);
  });
});

test('a heading focused after keyboard navigation shows no focus box; controls keep their ring', async ({ page }) => {
  await signInAsDemo(page, '/profile');
  const nav = page.getByRole('navigation', { name: 'Settings' });
  await nav.getByRole('link', { name: 'Sessions' }).focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: 'Sessions' });
  await expect(heading).toBeFocused();
  expect(await heading.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('none');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  expect(await focused.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
});

test('/sessions: four sessions and the bulk actions fit one desktop screen; device names take at most two lines at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsDemo(page, '/sessions');
  const rows = page.getByRole('main').getByRole('listitem');
  await expect(rows).toHaveCount(4);
  const everywhere = page.getByRole('button', { name: 'Sign out everywhere' });
  await expect(everywhere).toBeInViewport({ ratio: 1 });

  await page.setViewportSize({ width: 360, height: 740 });
  for (const name of await page.locator('main li p[id^="session-"]').all()) {
    const { height, lineHeight } = await name.evaluate((element) => ({ height: element.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(element).lineHeight) }));
    expect(height).toBeLessThanOrEqual(2 * lineHeight + 1);
  }
});

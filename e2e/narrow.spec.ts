/**
 * Every page at 360 px wide in the pseudo-locale (accented, about 40 % longer, bracketed: see
 * lib/i18n/i18n.ts) and in German: no sideways scrolling, no text cut off by its box, and touch
 * targets of at least 44 × 44 px for the controls (links inside running text excepted).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { callAsUser, signInAsDemo } from './helpers.ts';

/** A phone: 360 px wide, touch (the 44 px rule applies to coarse pointers: index.css). */
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };

const SIGNED_OUT = ['/sign-in', '/sign-in?method=magicUrl', '/sign-in?method=emailCode', '/sign-in?method=phoneCode', '/sign-in?method=anonymous', '/sign-up', '/forgot-password', '/forgot-password?mode=code', '/recovery', '/verify-email', '/magic-url', '/oauth/failure', '/deactivated'];
const SIGNED_IN = ['/profile', '/email', '/phone', '/password', '/security', '/preferences', '/sessions', '/activity', '/deactivate', '/verify-phone'];
const LOCALES = ['en-XA', 'de-DE'] as const;

/** What is wrong with the page as laid out now (empty when nothing is). */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${element.textContent.trim().slice(0, 40)}"`;
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways (${String(document.documentElement.scrollWidth)} px)`);
    for (const element of document.body.querySelectorAll('*')) {
      if (!element.checkVisibility() || element.closest('.sr-only, [aria-hidden="true"]')) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      // Text cut off by its own box (an ellipsis on purpose is fine: the full text is in a title or nearby).
      const clips = ['hidden', 'clip'].includes(style.overflowX) && style.textOverflow !== 'ellipsis';
      if (clips && element.scrollWidth > element.clientWidth + 1 && element.textContent.trim()) problems.push(`cut off: ${name(element)}`);
      // Out of the viewport, unless inside something that scrolls on purpose.
      const scroller = element.parentElement?.closest('*:is([class*="overflow-x-auto"], [class*="overflow-auto"])');
      if (!scroller && (box.right > width + 1 || box.left < -1)) problems.push(`outside the screen: ${name(element)} (${String(Math.round(box.left))}–${String(Math.round(box.right))})`);
      // Touch targets: controls, not links inside running text.
      const control = element.matches('button, select, input:not([type="hidden"]), textarea, summary, [role="tab"], a:not(p a, li p a)');
      const inText = element.matches('a') && style.display === 'inline';
      if (control && !inText && (box.height < 44 || box.width < 44)) problems.push(`small target (${String(Math.round(box.width))}×${String(Math.round(box.height))}): ${name(element)}`);
    }
    return [...new Set(problems)];
  });
}

/** Opens each page and adds what is wrong with its layout to `problems`. */
async function checkPages(page: Page, paths: string[], locale: (typeof LOCALES)[number], problems: string[]) {
  for (const path of paths) {
    await page.goto(path);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    // The pseudo-locale really is on: its words are bracketed.
    if (locale === 'en-XA') await expect(heading).toHaveText(/^\[/);
    problems.push(...(await layoutProblems(page)).map((problem) => `${path}: ${problem}`));
  }
}

for (const locale of LOCALES) {
  test(`signed-out pages at 360 px in ${locale}`, async ({ browser }) => {
    const context = await browser.newContext({ ...PHONE, locale });
    const page = await context.newPage();
    const problems: string[] = [];
    await checkPages(page, SIGNED_OUT, locale, problems);
    expect(problems).toEqual([]);
    await context.close();
  });

  test(`signed-in pages and their menus at 360 px in ${locale}`, async ({ browser }) => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await signInAsDemo(page);
    // Signed in once the profile shows (the sign-in page's own heading would answer too soon).
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
    expect(await callAsUser(page, 'PATCH', '/account/prefs', { prefs: { locale } })).toBe(200);
    const problems: string[] = [];
    await checkPages(page, SIGNED_IN, locale, problems);
    // The settings menu and the account menu, open.
    await page.locator('header button[aria-controls="mobile-nav"]').tap();
    problems.push(...(await layoutProblems(page)).map((problem) => `settings menu: ${problem}`));
    await page.locator('header button[aria-expanded]:not([aria-controls="mobile-nav"])').click();
    problems.push(...(await layoutProblems(page)).map((problem) => `account menu: ${problem}`));
    expect(problems).toEqual([]);
    await context.close();
  });
}

import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { DEMO_USER as DEMO } from '../contract/demo.ts';

/** Axe with the WCAG 2.0/2.1 A and AA rules; returns the violations (expect them to be empty). */
export async function axeViolations(page: Page) {
  // Colours mid-transition (e.g. just after a theme switch) are not what anyone reads: let them finish.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export const test = base.extend<{ failOnPageErrors: undefined }>({
  // Any uncaught exception in the page fails the test.
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(undefined);
      expect(errors, 'uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

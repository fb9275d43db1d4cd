import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const [w, scheme, name] of [[1280,'light','desk'],[360,'light','mobile'],[1280,'dark','dark']]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  page.on('pageerror', e => console.log('pageerror:', e.message));
  await page.goto('http://localhost:4173/sessions');
  await page.getByRole('button', { name: 'Use demo account' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Sessions', level: 1 }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/sessions-${name}.png`, fullPage: true });
  await page.goto('http://localhost:4173/activity?page=2&limit=10');
  await page.getByRole('heading', { name: 'Security activity', level: 1 }).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/activity-${name}.png`, fullPage: true });
  await page.close();
}
await browser.close();

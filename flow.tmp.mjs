import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const [w, scheme, name] of [[1280,'light','desk'],[360,'light','mobile'],[1280,'dark','dark']]) {
  const page = await browser.newPage({ viewport: { width: w, height: 800 }, colorScheme: scheme });
  page.on('pageerror', e => console.log('pageerror:', e.message));
  await page.goto('http://localhost:4173/profile');
  await page.getByRole('button', { name: 'Use demo account' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/profile');
  await page.getByRole('heading', { name: 'Profile' }).waitFor();
  await page.screenshot({ path: `/tmp/profile-${name}.png`, fullPage: true });
  if (name === 'mobile') { await page.getByRole('button', { name: 'Settings menu' }).click(); await page.screenshot({ path: `/tmp/profile-mobile-menu.png` }); }
  if (name === 'desk') { await page.getByRole('button', { name: /Account menu/ }).click(); await page.screenshot({ path: `/tmp/profile-menu.png` }); }
  await page.close();
}
await browser.close();

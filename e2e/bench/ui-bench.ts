/**
 * `npm run bench:ui`: first render of /sessions and /activity, and activity page changes, measured in
 * Chromium with the Performance API, against the mock HTTP server holding a big account (200 sessions,
 * 100 000 log rows) and a small one (1 000 rows), so page-change cost can be compared across sizes.
 * A measurement, not a test. Needs `npm run build:mock` first (the npm script does it).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import { addLogRows, addSessions } from '../../mocks/backend/bulk.ts';
import { DEMO_USER } from '../../contract/demo.ts';
import { createMockHttpServer } from '../../mocks/server.ts';

const APP_PORT = 4190;
const APP = `http://localhost:${String(APP_PORT)}`;

async function startApi(logRows: number, sessions: number) {
  const { server, backend } = createMockHttpServer({ seed: 'demo' });
  const demo = backend.state.users[0];
  if (!demo) throw new Error('no demo user');
  backend.state.project.auths.maxSessions = 0;
  backend.state.project.rateLimits = false;
  addLogRows(backend.state, demo, logRows, backend.clock.now());
  addSessions(backend.state, demo, sessions, backend.clock.now());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, endpoint: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/v1` };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}

/** Milliseconds from navigation start until `ready()` holds in the page. */
async function firstRender(page: Page, path: string, ready: string): Promise<number> {
  await page.goto(`${APP}${path}`);
  await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 60_000 });
  return page.evaluate(() => performance.now());
}

/**
 * Clicks a pagination button and times until the page indicator shows the new page and the table is
 * no longer marked busy. Sent as source text: tsx would wrap named inner functions in a helper that
 * does not exist in the page.
 */
async function pageChange(page: Page, button: string): Promise<number> {
  const script = `new Promise((resolve, reject) => {
    const indicator = document.querySelector('nav[aria-label="Pages"] p');
    const target = [...document.querySelectorAll('nav[aria-label="Pages"] button')].find((b) => b.textContent === ${JSON.stringify(button)});
    if (!indicator || !target) return reject(new Error('no pagination'));
    const before = indicator.textContent;
    const started = performance.now();
    target.click();
    (function check() {
      const busy = document.querySelector('[aria-busy="true"] table');
      if (indicator.textContent !== before && !busy) resolve(performance.now() - started);
      else requestAnimationFrame(check);
    })();
  })`;
  return page.evaluate<number>(script);
}

async function measure(label: string, logRows: number, sessions: number) {
  const api = await startApi(logRows, sessions);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  await page.route('**/config.json', (route) => route.fulfill({ json: { endpoint: api.endpoint } }));
  await page.goto(`${APP}/sign-in`);
  await page.getByLabel('Email').fill(DEMO_USER.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_USER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();

  const sessionsRender: number[] = [];
  const activityRender: number[] = [];
  for (let i = 0; i < 3; i++) {
    sessionsRender.push(await firstRender(page, '/sessions', `document.body.innerText.includes('${String(sessions + 4)} active sessions')`));
    activityRender.push(await firstRender(page, '/activity?page=1&limit=25', "document.querySelectorAll('tbody tr').length === 25"));
  }
  const nearStart: number[] = [];
  for (let i = 0; i < 10; i++) nearStart.push(await pageChange(page, 'Next page'));
  await firstRender(page, '/activity?page=1&limit=25', "document.querySelectorAll('tbody tr').length === 25");
  await pageChange(page, 'Last page');
  const nearEnd: number[] = [];
  for (let i = 0; i < 10; i++) nearEnd.push(await pageChange(page, 'Previous page'));

  await browser.close();
  await new Promise<void>((resolve) => api.server.close(() => resolve()));
  return { label, sessionsRender: median(sessionsRender), activityRender: median(activityRender), nearStart, nearEnd };
}

const preview = spawn('npx', ['vite', 'preview', '--outDir', 'dist-mock', '--port', String(APP_PORT), '--strictPort'], { stdio: 'ignore' });
try {
  for (let i = 0; i < 50; i++) {
    if (await fetch(APP).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const results = [await measure('small: 1 000 log rows, 4 sessions', 1_000, 0), await measure('big: 100 000 log rows, 204 sessions', 100_000, 200)];
  console.log('UI benchmark (Chromium, mock HTTP server on loopback, times in ms)');
  for (const r of results) {
    console.log(`  ${r.label}`);
    console.log(`    /sessions first render (median of 3)      ${r.sessionsRender.toFixed(0).padStart(6)}`);
    console.log(`    /activity first render (median of 3)      ${r.activityRender.toFixed(0).padStart(6)}`);
    console.log(`    page change near the start: median ${median(r.nearStart).toFixed(1)}, p95 ${p95(r.nearStart).toFixed(1)}`);
    console.log(`    page change near the end:   median ${median(r.nearEnd).toFixed(1)}, p95 ${p95(r.nearEnd).toFixed(1)}`);
  }
} finally {
  preview.kill();
}

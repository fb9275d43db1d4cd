/**
 * `npm run bench:lighthouse`: Lighthouse 12 (mobile preset, simulated throttling) on /sign-in, /profile,
 * /sessions and /activity of the production build (dist/, no mock code), served gzip-compressed with a
 * config.json that points it at the mock as a real HTTP server. Signed in as the demo user (the session
 * cookie is made before the signed-in runs; each run starts with an empty HTTP cache). Writes one JSON
 * report per route to reports/lighthouse/ and prints a summary against issue 7's targets. Each route
 * runs LH_RUNS times (default 3) and the run with the median performance score is kept, as
 * Lighthouse advises: single runs vary by ±5 points on a busy 2-core machine.
 * A measurement, not a test: Chromium from CHROME_PATH (default /usr/bin/chromium). Needs `vite build`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DEFAULT_PROJECT_ID, DEMO_USER } from '../../contract/demo.ts';
import { createMockHttpServer } from '../../mocks/server.ts';

/** `language`: what this device last showed (as the app remembers it), so the page opens in it. */
const ROUTES: { path: string; signedIn: boolean; language?: string }[] = [
  { path: '/sign-in', signedIn: false },
  { path: '/sign-in', signedIn: false, language: 'ar' },
  { path: '/profile', signedIn: true },
  { path: '/sessions', signedIn: true },
  { path: '/activity', signedIn: true },
].filter((route) => !process.env.LH_ROUTES || process.env.LH_ROUTES.split(',').includes(route.path));
const routeName = (route: (typeof ROUTES)[number]) => `${route.path}${route.language ? ` (${route.language})` : ''}`;
const RUNS = Number(process.env.LH_RUNS ?? 3);
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95, lcp: 2000, tbt: 100, cls: 0.02 };
const DIST = 'dist';
const OUT = 'reports/lighthouse';
const PROJECT = DEFAULT_PROJECT_ID;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

function listen(server: Server) {
  return new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/** dist/ as a production host would serve it: gzip, long-lived hashed assets, SPA fallback, our config.json. */
function staticServer(configJson: string) {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    // A prerendered page's own HTML (`<page>.html`), else the file, else the SPA's index.html.
    let file = normalize(join(DIST, path));
    if (existsSync(`${file}.html`)) file = `${file}.html`;
    let body: Buffer;
    try {
      body = path === '/config.json' ? Buffer.from(configJson) : readFileSync(file);
    } catch {
      file = join(DIST, 'index.html');
      body = readFileSync(file);
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = /gzip/.test(req.headers['accept-encoding'] ?? '') && type !== TYPES['.svg'];
    res.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gzipSync(body) : body);
  });
}

const api = createMockHttpServer({ seed: 'demo' });
const apiPort = await listen(api.server);
const endpoint = `http://localhost:${String(apiPort)}/v1`;
const app = staticServer(JSON.stringify({ endpoint, projectId: PROJECT }));
const appUrl = `http://localhost:${String(await listen(app))}`;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const browser = await chromium.connectOverCDP(`http://127.0.0.1:${String(chrome.port)}`);
const context = browser.contexts()[0] ?? (await browser.newContext());

/** Empties the HTTP cache (keeping cookies), sets the device's language, and signs in as the demo user once when asked. */
async function prepare(signIn: boolean, language: string | undefined) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await page.goto(`${appUrl}/config.json`);
  await page.evaluate(
    language ? `localStorage.setItem('account-dashboard:display', ${JSON.stringify(JSON.stringify({ language }))})` : `localStorage.removeItem('account-dashboard:display')`,
  );
  if (signIn) {
    const status = await page.evaluate(
      `fetch(${JSON.stringify(`${endpoint}/account/sessions/email`)}, {
        method: 'POST', credentials: 'include',
        headers: { 'content-type': 'application/json', 'x-appwrite-project': ${JSON.stringify(PROJECT)} },
        body: ${JSON.stringify(JSON.stringify({ email: DEMO_USER.email, password: DEMO_USER.password }))},
      }).then((r) => r.status)`,
    );
    if (status !== 201) throw new Error(`demo sign-in failed: ${String(status)}`);
  }
  await page.close();
}

mkdirSync(OUT, { recursive: true });
const rows: string[][] = [];
let signedIn = false;
try {
  for (const route of ROUTES) {
    const results = [];
    for (let run = 0; run < RUNS; run++) {
      await prepare(route.signedIn && !signedIn, route.language);
      signedIn ||= route.signedIn;
      const result = await lighthouse(`${appUrl}${route.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        disableStorageReset: true,
      });
      if (!result) throw new Error(`no Lighthouse result for ${route.path}`);
      results.push(result);
    }
    results.sort((a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0));
    const result = results[Math.floor(results.length / 2)];
    if (!result) throw new Error(`no Lighthouse result for ${routeName(route)}`);
    const { lhr } = result;
    const file = `${OUT}/${route.path.slice(1)}${route.language ? `-${route.language}` : ''}`;
    writeFileSync(`${file}.json`, result.report as string);
    if (process.env.LH_TRACE) writeFileSync(`${file}.trace.json`, JSON.stringify(result.artifacts.Trace));
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
      .map((a) => a.id);
    rows.push([
      routeName(route),
      String(score('performance')),
      String(score('accessibility')),
      String(score('best-practices')),
      `${(metric('first-contentful-paint') / 1000).toFixed(2)} s`,
      `${(metric('largest-contentful-paint') / 1000).toFixed(2)} s`,
      `${metric('total-blocking-time').toFixed(0)} ms`,
      metric('cumulative-layout-shift').toFixed(3),
      failing.join(' ') || '-',
    ]);
    const pass =
      score('performance') >= TARGETS.performance &&
      score('accessibility') >= TARGETS.accessibility &&
      score('best-practices') >= TARGETS['best-practices'] &&
      metric('largest-contentful-paint') <= TARGETS.lcp &&
      metric('total-blocking-time') <= TARGETS.tbt &&
      metric('cumulative-layout-shift') <= TARGETS.cls;
    rows.at(-1)?.splice(1, 0, pass ? 'yes' : 'NO');
  }
} finally {
  await browser.close();
  chrome.kill();
  api.server.close();
  app.close();
}

const head = ['route', 'meets', 'perf', 'a11y', 'best pr.', 'FCP', 'LCP', 'TBT', 'CLS', 'audits below 100%'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(`Lighthouse ${lighthouseVersion()} · mobile, simulated throttling · median of ${String(RUNS)} · targets: perf ≥ ${String(TARGETS.performance)}, a11y ${String(TARGETS.accessibility)}, best practices ≥ ${String(TARGETS['best-practices'])}, LCP ≤ 2.0 s, TBT ≤ 100 ms, CLS ≤ 0.02`);
console.log(line(head));
for (const row of rows) console.log(line(row));
console.log(`Reports: ${OUT}/*.json`);

function lighthouseVersion() {
  return (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
}

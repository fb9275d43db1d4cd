import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * E2E journeys against the mock build (`npm run build:mock` → dist-mock/), served by `vite preview`;
 * prerender.spec.ts also against the production build (`npm run build` → dist/) on the mock HTTP server.
 * Browser: CHROMIUM_PATH, else Debian's /usr/bin/chromium when present, else Playwright's own
 * (`npx playwright install chromium` on a normal machine).
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The production build (`npm run build` → dist/, prerendered pages, no mock), for e2e/prerender.spec.ts. */
export const PRODUCTION_PORT = Number(process.env.E2E_PRODUCTION_PORT ?? 4174);
export const MOCK_SERVER_PORT = Number(process.env.E2E_MOCK_SERVER_PORT ?? 8787);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]] : [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `npx vite preview --outDir dist-mock --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `npx vite preview --outDir dist --port ${PRODUCTION_PORT} --strictPort`,
      url: `http://localhost:${PRODUCTION_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // The mock as a real HTTP server (cookies, CORS), for journeys that need it.
      command: `npx tsx mocks/serve.ts --port ${MOCK_SERVER_PORT}`,
      url: `http://127.0.0.1:${MOCK_SERVER_PORT}/v1/mock/clock`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});

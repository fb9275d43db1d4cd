import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { DEFAULT_PROJECT_ID } from '../contract/demo.ts';

export const MOCK_SERVER = `http://127.0.0.1:${process.env.E2E_MOCK_SERVER_PORT ?? '8787'}/v1`;
const PROJECT_HEADERS = { 'x-appwrite-project': DEFAULT_PROJECT_ID, 'content-type': 'application/json' };

/** Points this page's app at the mock HTTP server (instead of its in-page worker) through config.json. */
export async function useMockServer(page: Page) {
  await page.route('**/config.json', (route) => route.fulfill({ json: { endpoint: MOCK_SERVER } }));
}

export function uniqueEmail(prefix: string) {
  return `${prefix}.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.com`;
}

/** Creates an account on the mock HTTP server, as another client would. */
export async function createAccountOnServer(request: APIRequestContext, email: string, password: string, name = 'E2E User') {
  const res = await request.post(`${MOCK_SERVER}/account`, { headers: PROJECT_HEADERS, data: { userId: 'unique()', email, password, name } });
  if (!res.ok()) throw new Error(`create account: ${String(res.status())} ${await res.text()}`);
}

/** Signs in on the server from "another device" (its own user agent); returns nothing, the session just exists. */
export async function signInOnServer(request: APIRequestContext, email: string, password: string, userAgent: string) {
  const res = await request.post(`${MOCK_SERVER}/account/sessions/email`, { headers: { ...PROJECT_HEADERS, 'user-agent': userAgent }, data: { email, password } });
  if (!res.ok()) throw new Error(`sign in: ${String(res.status())} ${await res.text()}`);
}

export async function signInWithForm(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();
}

export async function signInAsDemo(page: Page, path = '/profile') {
  await page.goto(`/sign-in?next=${encodeURIComponent(path)}`);
  await page.getByRole('button', { name: 'Use demo account' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export interface MockMessage {
  channel: 'email' | 'sms';
  to: string;
  subject: string;
  text: string;
  link: string | null;
  code: string | null;
}

/**
 * The newest message the in-page mock "sent" to `to` (read through the control API). Waits up to 10 s
 * for one to arrive: the click that sends it returns before the request is done.
 */
export async function lastMessage(page: Page, to: string): Promise<MockMessage> {
  const read = () =>
    page.evaluate(
      (address) => fetch(`/v1/mock/messages?to=${encodeURIComponent(address)}`).then((r) => r.json() as Promise<{ messages: MockMessage[] }>),
      to,
    );
  await expect.poll(async () => (await read()).messages.length, { message: `a message to ${to}`, timeout: 10_000 }).toBeGreaterThan(0);
  const [message] = (await read()).messages;
  if (!message) throw new Error(`no message to ${to}`);
  return message;
}

/** Calls the in-page mock's API as the signed-in SDK would (session from localStorage.cookieFallback). */
export async function callAsUser(page: Page, method: string, path: string, body?: unknown): Promise<number> {
  return page.evaluate(
    async ({ method: m, path: p, body: b, project }) => {
      const res = await fetch(`/v1${p}`, {
        method: m,
        headers: {
          'content-type': 'application/json',
          'x-appwrite-project': project,
          'x-fallback-cookies': localStorage.getItem('cookieFallback') ?? '',
        },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return res.status;
    },
    { method, path, body, project: DEFAULT_PROJECT_ID },
  );
}

export async function advanceMockClock(page: Page, seconds: number) {
  await page.evaluate((advance) => fetch('/v1/mock/clock', { method: 'POST', body: JSON.stringify({ advance }) }), seconds);
}

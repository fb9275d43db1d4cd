/** Raw calls to the mock through MSW, for preparing state the way another client would. */
import { mockApi, TEST_ENDPOINT, TEST_PROJECT } from './mock-api.ts';

export function rawCall(method: string, path: string, body?: unknown) {
  return fetch(`${TEST_ENDPOINT}${path}`, {
    method,
    headers: { 'x-appwrite-project': TEST_PROJECT, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export async function createAccount(email: string, password = 'a-strong-password', name = '') {
  return rawCall('POST', '/account', { userId: 'unique()', email, password, name });
}

/** Signs the demo user in the way the SDK would have: the session lands in localStorage.cookieFallback. */
export async function signInAsDemo(email: string, password: string) {
  const res = await rawCall('POST', '/account/sessions/email', { email, password });
  localStorage.setItem('cookieFallback', res.headers.get('X-Fallback-Cookies') ?? '');
}

/** The newest message the mock "sent" (emails and SMS). */
export function lastMessage() {
  const message = mockApi.backend.state.messages.at(-1);
  if (!message) throw new Error('no message sent');
  return message;
}

/** The query string (`?userId&secret&expire…`) of the newest emailed link. */
export function lastLinkQuery(): string {
  return new URL(lastMessage().link ?? '').search;
}

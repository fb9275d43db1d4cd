/** Raw calls to the mock through MSW, for preparing state the way another client would. */
import { mockApi, newTotpSecret, TEST_ENDPOINT, TEST_PROJECT, totpCode } from './mock-api.ts';

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

/**
 * Turns two-step verification on for the demo user as if they had set it up: a verified authenticator
 * (its secret returned, codes from `totpNow`), recovery codes, `mfa` on. `session` also marks the signed-in
 * session as past its second step (long ago, so changes that need a recent one still ask).
 */
export function enableTwoFactorForDemo({ session = false } = {}) {
  const { backend } = mockApi;
  const user = backend.state.users[0];
  if (!user) throw new Error('no demo user');
  const secret = newTotpSecret();
  user.totp = { secret, verified: true };
  user.recoveryCodes = ['a3f09c1b7e', '0b9d4e2f61', 'c7e1a95d03', '5f28b0c4ae', 'e94d17a2b8', '1c6f3e8d90'];
  user.mfa = true;
  if (session) {
    for (const s of backend.state.sessions.filter((candidate) => candidate.userId === user.$id)) {
      s.factors = [...new Set([...s.factors, 'totp'])];
      s.mfaUpdatedAt = backend.clock.now() - 3_600_000;
    }
  }
  return { secret, recoveryCodes: [...user.recoveryCodes], totpNow: () => totpCode(secret, backend.clock.now()) };
}

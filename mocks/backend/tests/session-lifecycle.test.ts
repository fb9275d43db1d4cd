/** Session creation's side effects: pruning above maxSessions, the new-session alert, and when the fallback header is sent. */
import { describe, expect, it } from 'vitest';
import type { Context } from '../context.ts';
import { needsFallback, sessionKindForToken } from '../sessions.ts';
import type { TokenRecord } from '../state.ts';
import { createTestClient } from './test-client.ts';

describe('pruning above maxSessions', () => {
  function signInTimes(api: ReturnType<typeof createTestClient>, times: number, email?: string) {
    const ids: string[] = [];
    for (let i = 0; i < times; i++) {
      api.forgetSession();
      api.backend.clock.advance(1);
      ids.push(api.signIn(email).body.$id as string);
    }
    return ids;
  }
  const sessionIdsOf = (api: ReturnType<typeof createTestClient>, userId: string) =>
    api.backend.state.sessions.filter((s) => s.userId === userId).map((s) => s.$id);

  it('keeps exactly maxSessions, the newest', () => {
    const api = createTestClient();
    api.backend.state.project.auths.maxSessions = 3;
    api.signUp();
    const ids = signInTimes(api, 3);
    expect(sessionIdsOf(api, api.user().$id)).toEqual(ids);
    const more = signInTimes(api, 2);
    expect(sessionIdsOf(api, api.user().$id)).toEqual([...ids.slice(2), ...more]);
  });

  it('prunes by creation time, whatever order the stored sessions are in', () => {
    const api = createTestClient();
    api.backend.state.project.auths.maxSessions = 2;
    api.signUp();
    const [oldest, middle] = signInTimes(api, 2);
    api.backend.state.sessions.reverse();
    const [newest] = signInTimes(api, 1);
    expect(sessionIdsOf(api, api.user().$id).sort()).toEqual([middle, newest].sort());
    expect(sessionIdsOf(api, api.user().$id)).not.toContain(oldest);
  });

  it('0 means no limit', () => {
    const api = createTestClient();
    api.backend.state.project.auths.maxSessions = 0;
    api.signUp();
    signInTimes(api, 12);
    expect(sessionIdsOf(api, api.user().$id)).toHaveLength(12);
  });

  it('counts each user apart: another user’s sessions are never pruned', () => {
    const api = createTestClient();
    api.backend.state.project.auths.maxSessions = 2;
    api.signUp();
    api.signUp('ada@example.com', 'analytical-engine-1843', 'Ada');
    const grace = signInTimes(api, 2);
    const adaIds: string[] = [];
    for (let i = 0; i < 2; i++) {
      api.forgetSession();
      adaIds.push(api.signIn('ada@example.com', 'analytical-engine-1843').body.$id as string);
    }
    expect(sessionIdsOf(api, api.user().$id)).toEqual(grace);
    expect(sessionIdsOf(api, api.user('ada@example.com').$id)).toEqual(adaIds);
  });
});

describe('new-session alert', () => {
  function withAlerts() {
    const api = createTestClient();
    api.backend.state.project.auths.sessionAlerts = true;
    api.signUp();
    return api;
  }
  const alerts = (api: ReturnType<typeof createTestClient>) => api.backend.state.messages.filter((m) => m.subject.startsWith('Security alert'));

  it('emails the account from its second session on, naming the IP, client and country', () => {
    const api = withAlerts();
    api.signIn();
    expect(alerts(api)).toHaveLength(0);
    api.forgetSession();
    api.signIn();
    expect(alerts(api)).toHaveLength(1);
    expect(alerts(api)[0]).toMatchObject({
      to: 'grace@example.com',
      subject: 'Security alert: new session on your Account Dashboard account',
      text: expect.stringContaining('IP: 127.0.0.1\nClient: Chrome\nCountry: Unknown') as unknown,
    });
  });

  it('counts only this account’s sessions: another account’s first session is no surprise', () => {
    const api = withAlerts();
    api.signUp('ada@example.com', 'analytical-engine-1843', 'Ada');
    api.signIn();
    api.forgetSession();
    api.signIn('ada@example.com', 'analytical-engine-1843');
    expect(alerts(api)).toHaveLength(0);
  });

  it('sends nothing when alerts or email are off', () => {
    for (const off of ['sessionAlerts', 'smtp'] as const) {
      const api = withAlerts();
      if (off === 'smtp') api.backend.state.project.smtp = false;
      else api.backend.state.project.auths.sessionAlerts = false;
      api.signIn();
      api.forgetSession();
      api.signIn();
      expect(alerts(api)).toHaveLength(0);
    }
  });

  it('says "Unknown" for a client it cannot name', () => {
    const api = withAlerts();
    api.signIn();
    api.forgetSession();
    api.call('POST', '/account/sessions/email', { body: { email: 'grace@example.com', password: 'hopper-compiler-1952' }, headers: { 'user-agent': '' } });
    expect(alerts(api)[0]?.text).toContain('Client: Unknown\n');
  });

  it('sends nothing to an account without an email address', () => {
    const api = withAlerts();
    const phoneSignIn = () => {
      api.forgetSession();
      const token = api.call('POST', '/account/tokens/phone', { body: { userId: 'unique()', phone: '+14155550123' } });
      const code = api.backend.state.messages.at(-1)?.code ?? '';
      return api.call('POST', '/account/sessions/token', { body: { userId: token.body.userId, secret: code } });
    };
    expect(phoneSignIn().body).toMatchObject({ provider: 'phone' });
    expect(phoneSignIn().status).toBe(201);
    expect(alerts(api)).toHaveLength(0);
  });

  it('sends nothing for an email-code sign-in, which just proved the inbox', () => {
    const api = withAlerts();
    api.signIn();
    api.forgetSession();
    const token = api.call('POST', '/account/tokens/email', { body: { userId: 'unique()', email: 'grace@example.com' } });
    const code = api.lastMessage()?.code ?? '';
    expect(api.call('POST', '/account/sessions/token', { body: { userId: token.body.userId, secret: code } }).status).toBe(201);
    expect(alerts(api)).toHaveLength(0);
  });
});

describe('sessionKindForToken', () => {
  const token = (kind: TokenRecord['kind'], provider?: string) => ({ kind, provider }) as TokenRecord;

  it.each([
    ['magic-url', undefined, { provider: 'magic-url', factors: ['email'] }],
    ['phone-otp', undefined, { provider: 'phone', factors: ['phone'] }],
    ['oauth2', 'github', { provider: 'github', factors: ['email', 'oauth2'] }],
    ['oauth2', undefined, { provider: 'oauth2', factors: ['email', 'oauth2'] }],
    ['email-otp', undefined, { provider: 'token', factors: ['email'] }],
  ] as const)('%s (%s) → %j', (kind, provider, expected) => {
    expect(sessionKindForToken(token(kind, provider))).toEqual({ ...expected, providerUid: '' });
  });
});

describe('needsFallback (cross-domain mode)', () => {
  const ctx = (host: string, headers: Record<string, string>, mode: 'always' | 'cross-domain' = 'cross-domain') =>
    ({ options: { fallbackCookies: mode, maxLogsPerUser: 0 }, req: { host, headers } }) as unknown as Context;

  it.each([
    ['api.example.com', 'https://app.example.com', false],
    ['api.example.com:8443', 'https://example.com', false],
    ['api.example.com', 'https://app.example.org', true],
    ['api.example.com', 'https://evilexample.com', true],
    ['127.0.0.1:8787', 'http://127.0.0.1:4173', false],
    ['127.0.0.1:8787', 'http://127.0.0.2:4173', true],
    ['127.0.0.1:8787', 'http://localhost:4173', true],
    ['localhost:8787', 'http://localhost:4173', false],
    ['[::1]:8787', 'http://[::1]:4173', false],
    ['api.example.com', 'null', true],
    // IP addresses are compared whole, not by their last two parts.
    ['10.0.0.1:8787', 'http://192.168.0.1', true],
    // Only names made of digits and dots are addresses.
    ['api.example.a1', 'https://app.example.a1', false],
    ['1api.example.com', 'https://www.example.com', false],
    // The domain keeps its dot: ab.c and a.bc are different sites.
    ['api.ab.c', 'https://www.a.bc', true],
  ])('API on %s, page on %s → %s', (host, origin, expected) => {
    expect(needsFallback(ctx(host, { origin }))).toBe(expected);
  });

  it('reads the Referer when there is no Origin, and sends the header when there is neither', () => {
    expect(needsFallback(ctx('api.example.com', { referer: 'https://app.example.com/profile' }))).toBe(false);
    expect(needsFallback(ctx('api.example.com', { referer: 'https://other.example/profile' }))).toBe(true);
    expect(needsFallback(ctx('api.example.com', {}))).toBe(true);
  });

  it('always sends it in "always" mode (MSW cannot set cookies)', () => {
    expect(needsFallback(ctx('api.example.com', { origin: 'https://app.example.com' }, 'always'))).toBe(true);
  });
});

describe('session cookies', () => {
  it('sets the session cookie (SameSite=None) and its legacy twin, both HttpOnly, until the session expires', () => {
    const api = createTestClient();
    api.signUp();
    const res = api.signIn();
    expect(res.body).toMatchObject({ providerAccessToken: '', providerRefreshToken: '', providerAccessTokenExpiry: '' });
    const expires = Date.parse(res.body.expire as string);
    const name = `a_session_${api.backend.state.project.$id.toLowerCase()}`;
    const value = api.sessionValue();
    expect(res.cookies).toEqual([
      { name, value, expires, httpOnly: true, sameSite: 'None' },
      { name: `${name}_legacy`, value, expires, httpOnly: true },
    ]);
  });

  it('signing out empties both cookies, expired an hour ago', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    const now = api.backend.clock.now();
    const res = api.call('DELETE', '/account/sessions/current');
    expect(res.cookies?.map((c) => c.value)).toEqual(['', '']);
    for (const cookie of res.cookies ?? []) expect(cookie.expires).toBeGreaterThanOrEqual(now - 3_600_000);
    for (const cookie of res.cookies ?? []) expect(cookie.expires).toBeLessThan(now - 3_500_000);
  });

  it('in cross-domain mode, a same-site page gets no X-Fallback-Cookies, on sign-in or sign-out', () => {
    const api = createTestClient({ fallbackCookies: 'cross-domain' });
    api.signUp();
    const origin = { origin: 'http://localhost:4173' };
    const res = api.call('POST', '/account/sessions/email', { body: { email: 'grace@example.com', password: 'hopper-compiler-1952' }, headers: origin });
    expect(res.headers['X-Fallback-Cookies']).toBeUndefined();
    const cookie = `a_session_${api.backend.state.project.$id.toLowerCase()}=${res.cookies?.[0]?.value ?? ''}`;
    const out = api.call('DELETE', '/account/sessions/current', { headers: { ...origin, cookie } });
    expect(out.status).toBe(204);
    expect(out.headers['X-Fallback-Cookies']).toBeUndefined();
  });
});


/**
 * The pipeline's order (contract §1.7) decides which error a request gets when several apply, and
 * whether a refused request still spends the rate limit: each stage is checked against its neighbours.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signJwt } from '../jwt.ts';
import { verifiedExtraFactors } from '../mfa.ts';
import { runPipeline } from '../pipeline.ts';
import { defineRoute } from '../route.ts';
import { seedState } from '../seed.ts';
import { createTestClient } from './test-client.ts';

const HOUR_START = Date.UTC(2026, 10, 29, 10, 0, 0);

afterEach(() => {
  vi.restoreAllMocks();
});

function signedIn() {
  const api = createTestClient({ wallClock: () => HOUR_START });
  api.signUp();
  api.signIn();
  return api;
}

describe('pipeline order', () => {
  it('the route is found before the project is checked', () => {
    const api = createTestClient();
    expect(api.call('GET', '/nope', { headers: { 'x-appwrite-project': 'other' } }).body.type).toBe('general_route_not_found');
  });

  it('the project can come from the query string', () => {
    const { backend } = createTestClient();
    const get = (query: string) =>
      backend.handle({ method: 'GET', path: '/account', query: new URLSearchParams(query), headers: {}, bodyText: '', ip: '127.0.0.1', host: 'localhost' });
    expect(get(`project=${backend.state.project.$id}`).body).toMatchObject({ type: 'general_unauthorized_scope' });
    expect(get('').body).toMatchObject({ type: 'project_not_found' });
  });

  it('a guest is refused by scope before the rate limit counts (no X-RateLimit headers, no spent counter)', () => {
    const api = createTestClient({ wallClock: () => HOUR_START });
    const guest = api.call('POST', '/account/verifications/email', { body: { url: 'http://localhost/verify' } });
    expect(guest.body.type).toBe('general_unauthorized_scope');
    expect(guest.headers['X-RateLimit-Limit']).toBeUndefined();
    expect(Object.keys(api.backend.state.rateLimits)).toEqual([]);
  });

  it('a blocked user is refused before the MFA gate and the rate limit', () => {
    const api = signedIn();
    api.user().status = false;
    api.user().mfa = true;
    api.user().emailVerification = true; // so the gate would refuse this one-factor session
    const res = api.call('POST', '/account/verifications/email', { body: { url: 'http://localhost/verify' } });
    expect(res.body).toMatchObject({ code: 403, type: 'user_blocked' });
    expect(res.headers['X-RateLimit-Limit']).toBeUndefined();
  });

  it('the rate limit counts requests with bad params, and refuses them before they are validated', () => {
    const api = signedIn();
    for (let i = 0; i < 10; i++) {
      const res = api.call('POST', '/account/verifications/email', { body: { url: 'https://evil.example/' } });
      expect(res.body.type).toBe('general_argument_invalid');
      expect(res.headers['X-RateLimit-Remaining']).toBe(String(9 - i));
    }
    expect(api.call('POST', '/account/verifications/email', { body: { url: 'https://evil.example/' } }).body.type).toBe('general_rate_limit_exceeded');
  });

  it('a disabled sign-in method still spends the limit, and the limit answers first once spent', () => {
    const api = createTestClient({ wallClock: () => HOUR_START });
    api.backend.state.project.auths.anonymous = false;
    for (let i = 0; i < 50; i++) expect(api.call('POST', '/account/sessions/anonymous').status).toBe(501);
    expect(api.call('POST', '/account/sessions/anonymous').status).toBe(429);
  });

  it('"already signed in" is answered before params are read, and after the method check', () => {
    const api = signedIn();
    expect(api.call('POST', '/account/sessions/email', { body: { email: 'not-an-email' } }).body.type).toBe('user_session_already_exists');
    api.backend.state.project.auths.emailPassword = false;
    expect(api.call('POST', '/account/sessions/email', { body: {} }).body.type).toBe('user_auth_method_unsupported');
  });

  it('a protected MFA route needs a challenge within the last 30 minutes, checked before params', () => {
    const api = signedIn();
    expect(api.call('DELETE', '/account/mfa/authenticators/nope').body.type).toBe('user_challenge_required');
    const session = api.backend.state.sessions[0];
    if (!session) throw new Error('no session');
    session.mfaUpdatedAt = HOUR_START - 1800 * 1000;
    expect(api.call('DELETE', '/account/mfa/authenticators/nope').body.type).toBe('general_argument_invalid');
    session.mfaUpdatedAt = HOUR_START - 1800 * 1000 - 1;
    expect(api.call('DELETE', '/account/mfa/authenticators/totp').body.type).toBe('user_challenge_required');
  });
});

describe('the MFA gate', () => {
  it('lets a session through while the account has no verified second factor, even with MFA on', () => {
    const api = signedIn();
    api.user().mfa = true;
    expect(api.call('GET', '/account').status).toBe(200);
    api.user().emailVerification = true;
    expect(api.call('GET', '/account').body.type).toBe('user_more_factors_required');
  });

  it('does not apply to a JWT caller (contract §1.7: sessions only)', () => {
    const api = signedIn();
    const session = api.backend.state.sessions[0];
    if (!session) throw new Error('no session');
    const jwt = signJwt(api.backend.state.jwtKey, { userId: session.userId, sessionId: session.$id, exp: Math.floor(HOUR_START / 1000) + 900 });
    api.user().mfa = true;
    api.user().emailVerification = true;
    expect(api.call('GET', '/account').body.type).toBe('user_more_factors_required');
    expect(api.call('GET', '/account', { anonymous: true, headers: { 'x-appwrite-jwt': jwt } }).status).toBe(200);
  });

  it('lets a two-factor session through, and any session while MFA is off', () => {
    const api = signedIn();
    api.user().emailVerification = true;
    const session = api.backend.state.sessions[0];
    if (!session) throw new Error('no session');
    session.factors = ['password', 'email'];
    api.user().mfa = true;
    expect(api.call('GET', '/account').status).toBe(200);
    session.factors = ['password'];
    api.user().mfa = false;
    expect(api.call('GET', '/account').status).toBe(200);
  });
});

describe('request bodies and query strings', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const body = (extraDepth: number) => `{"userId":"unique()","email":"deep@example.com","password":"hopper-compiler-1952","x":${nested(extraDepth)}}`;

  it('reads a body nested 512 levels deep, and treats one more level as no body (PHP json_decode)', () => {
    const api = createTestClient();
    expect(api.call('POST', '/account', { rawBody: body(511) }).status).toBe(201);
    expect(api.call('POST', '/account', { rawBody: body(512) }).body.message).toBe('Param "userId" is not optional.');
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const api = signedIn();
    const res = api.call('PATCH', '/account/prefs', { rawBody: `{"prefs":{"k":"\\"${'['.repeat(600)}"}}` });
    expect(res.status).toBe(200);
    expect(res.body.prefs).toEqual({ k: `"${'['.repeat(600)}` });
  });

  it('reads an empty first key without losing track of which brackets are in strings', () => {
    const api = signedIn();
    const res = api.call('PATCH', '/account/prefs', { rawBody: `{"":"","prefs":{"k":"${'['.repeat(600)}"}}` });
    expect(res.status).toBe(200);
  });

  it('counts brackets again after a string that held an escape', () => {
    const api = createTestClient();
    const deep = `{"userId":"unique()","email":"e@example.com","password":"hopper-compiler-1952","name":"a\\"b","x":${nested(512)}}`;
    expect(api.call('POST', '/account', { rawBody: deep }).body.message).toBe('Param "userId" is not optional.');
  });

  it('a JSON string or number body has no params, and keeps the path params', () => {
    for (const rawBody of ['"text"', '42']) {
      const api = signedIn();
      expect(api.call('DELETE', '/account/sessions/current', { rawBody }).status).toBe(204);
    }
  });

  it('counts nesting, not brackets: 600 sibling lists or objects two levels deep are read', () => {
    const api = createTestClient();
    for (const [pair, email] of [['[]', 'lists@example.com'], ['{}', 'objects@example.com']]) {
      const siblings = `[${Array.from({ length: 600 }, () => pair).join(',')}]`;
      const res = api.call('POST', '/account', { rawBody: `{"userId":"unique()","email":"${email}","password":"hopper-compiler-1952","x":${siblings}}` });
      expect(res.status).toBe(201);
    }
  });

  it('a blank body is no params', () => {
    expect(createTestClient().call('POST', '/account', { rawBody: '  \n ' }).body.message).toBe('Param "userId" is not optional.');
  });

  it('reads name[0]=…&name[1]=… and name[]=… as lists and plain names as values', () => {
    const api = signedIn();
    for (let i = 0; i < 3; i++) api.call('PATCH', '/account/name', { body: { name: `n${String(i)}` } });
    const limit = (n: number) => JSON.stringify({ method: 'limit', values: [n] });
    const indexed = api.call('GET', '/account/logs', { query: { 'queries[0]': limit(2), 'queries[1]': JSON.stringify({ method: 'offset', values: [1] }) } });
    expect(indexed.body.logs).toHaveLength(2);
    expect(api.call('GET', '/account/logs', { query: { 'queries[]': limit(1) } }).body.logs).toHaveLength(1);
    expect(api.call('GET', '/account/logs', { query: { queries: limit(1) } }).body.message).toMatch(/^Invalid `queries` param/);
    // A name with more after its brackets is a plain (unknown) name, not the list.
    const all = api.call('GET', '/account/logs').body.logs as unknown[];
    // A newline in the name: not a list either (PHP reads the whole key).
    expect(api.call('GET', '/account/logs', { query: { 'x\nqueries[0]': limit(1) } }).body.logs).toHaveLength(all.length);
    expect(all.length).toBeGreaterThan(1);
    expect(api.call('GET', '/account/logs', { query: { 'queries[0]x': limit(1) } }).body.logs).toHaveLength(all.length);
  });
});

describe('verifiedExtraFactors', () => {
  it('counts an email or phone only once verified, and an authenticator only once confirmed', () => {
    const api = signedIn();
    const user = api.user();
    expect(verifiedExtraFactors(user)).toEqual([]);
    user.emailVerification = true;
    user.phone = '+14155550123';
    expect(verifiedExtraFactors(user)).toEqual(['email']);
    user.phoneVerification = true;
    user.totp = { secret: 'x', verified: false };
    expect(verifiedExtraFactors(user)).toEqual(['email', 'phone']);
    user.totp = { secret: 'x', verified: true };
    expect(verifiedExtraFactors(user)).toEqual(['email', 'phone', 'totp']);
    user.email = '';
    user.phone = '';
    expect(verifiedExtraFactors(user)).toEqual(['totp']);
  });
});

describe('what the pipeline tells the store', () => {
  it('a read changes nothing, a write and an OAuth2 start (a GET that changes state) do', () => {
    const api = signedIn();
    let changes = 0;
    api.backend.subscribe(() => changes++);
    api.call('GET', '/account');
    api.call('GET', '/account/nope');
    expect(changes).toBe(0);
    api.call('PATCH', '/account/name', { body: { name: 'Grace' } });
    expect(changes).toBe(1);
    api.forgetSession();
    api.call('GET', '/account/sessions/oauth2/github', { query: { success: 'http://localhost/done', failure: 'http://localhost/sign-in' }, anonymous: true });
    expect(changes).toBe(2);
  });

  it('error answers are never cached', () => {
    expect(createTestClient().call('GET', '/account').headers).toMatchObject({ 'Cache-Control': 'no-cache, no-store, must-revalidate', Expires: '0', Pragma: 'no-cache' });
  });
});

describe('when a sign-in method is off', () => {
  it.each([
    ['emailPassword', 'POST', '/account/sessions/email', 'Email / Password authentication is disabled for this project'],
    ['magicURL', 'POST', '/account/tokens/magic-url', 'Magic URL authentication is disabled for this project'],
    ['emailOTP', 'POST', '/account/tokens/email', 'Email OTP authentication is disabled for this project'],
    ['anonymous', 'POST', '/account/sessions/anonymous', 'Anonymous authentication is disabled for this project'],
    ['phone', 'POST', '/account/tokens/phone', 'Phone authentication is disabled for this project'],
  ] as const)('%s: %s %s answers 501 in Appwrite’s words', (method, verb, path, message) => {
    const api = createTestClient();
    api.backend.state.project.auths[method] = false;
    expect(api.call(verb, path, { body: {} }).body).toMatchObject({ code: 501, type: 'user_auth_method_unsupported', message });
  });

  it('jwt: creating a JWT answers 501 in Appwrite’s words', () => {
    const api = signedIn();
    api.backend.state.project.auths.jwt = false;
    expect(api.call('POST', '/account/jwts').body).toMatchObject({ code: 501, message: 'JWT authentication is disabled for this project' });
  });
});

describe('a bug in a route', () => {
  it('answers 500 general_server_error and logs it, never throwing to the caller', () => {
    const state = seedState('empty', HOUR_START);
    const broken = defineRoute({
      method: 'GET',
      paths: ['/broken'],
      scope: 'public',
      params: {},
      action() {
        throw new Error('boom');
      },
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const req = { method: 'GET', path: '/broken', query: new URLSearchParams(), headers: { 'x-appwrite-project': state.project.$id }, bodyText: '', ip: '127.0.0.1', host: 'localhost' };
    const res = runPipeline(state, [broken], req, HOUR_START, { fallbackCookies: 'always', maxLogsPerUser: 0 });
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({ type: 'general_server_error' });
    expect(logged).toHaveBeenCalledWith('[mock] unexpected error', expect.any(Error));
  });
});


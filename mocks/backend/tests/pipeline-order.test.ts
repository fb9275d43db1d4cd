/**
 * The pipeline's order (contract §1.7) decides which error a request gets when several apply, and
 * whether a refused request still spends the rate limit: each stage is checked against its neighbours.
 */
import { describe, expect, it } from 'vitest';
import { signJwt } from '../jwt.ts';
import { verifiedExtraFactors } from '../mfa.ts';
import { createSignedInClient, createTestClient } from './test-client.ts';

const HOUR_START = Date.UTC(2026, 10, 29, 10, 0, 0);
const signedIn = () => createSignedInClient({ wallClock: () => HOUR_START });

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

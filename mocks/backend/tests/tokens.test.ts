import { describe, expect, it } from 'vitest';
import { signJwt } from '../jwt.ts';
import { createTestClient, PROJECT } from './test-client.ts';

const TOKEN_KEYS = ['$id', '$createdAt', 'userId', 'secret', 'expire', 'phrase'];

describe('POST /account/tokens/magic-url', () => {
  it('emails a 1-hour link (url?userId&secret&expire&project) and returns a Token without the secret', () => {
    const api = createTestClient();
    const res = api.call('POST', '/account/tokens/magic-url', { body: { userId: 'unique()', email: 'grace@example.com', url: 'http://localhost:4173/magic-url' } });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body)).toEqual(TOKEN_KEYS);
    expect(res.body.secret).toBe('');
    const mail = api.lastMessage();
    expect(mail).toMatchObject({ channel: 'email', to: 'grace@example.com', subject: 'Account Dashboard Login', code: null });
    expect(mail?.text).toContain('Sign in to Account Dashboard with your secure link. Expires in 1 hour.');
    const link = new URL(mail?.link ?? '');
    expect(link.origin + link.pathname).toBe('http://localhost:4173/magic-url');
    expect(link.searchParams.get('secret')).toMatch(/^[0-9a-f]{64}$/);
    expect(link.searchParams.get('expire')).toBe(res.body.expire);
    expect(link.searchParams.get('project')).toBe(PROJECT);
    expect(Date.parse(res.body.expire as string) - Date.parse(res.body.$createdAt as string)).toBe(3_600_000);
    // A new user has no password and no email target on this path.
    expect(api.user('grace@example.com')).toMatchObject({ passwordHash: null, targets: [] });
  });

  it('returns and emails a security phrase when asked', () => {
    const api = createTestClient();
    const res = api.call('POST', '/account/tokens/magic-url', { body: { userId: 'unique()', email: 'grace@example.com', phrase: true } });
    expect(res.body.phrase).toMatch(/^\w+ \w+$/);
    expect(api.lastMessage()?.text).toContain(`Security phrase: ${res.body.phrase as string}`);
  });

  it('only redirects to registered platforms', () => {
    const res = createTestClient().call('POST', '/account/tokens/magic-url', { body: { userId: 'unique()', email: 'a@example.com', url: 'https://evil.example/x' } });
    expect(res.body).toMatchObject({
      code: 400,
      type: 'general_argument_invalid',
      message: 'Invalid `url` param: Invalid URI. Register your new client (evil.example) as a new Web platform on your project console dashboard',
    });
  });

  it('is 503 when SMTP is off and 501 when the method is off', () => {
    const api = createTestClient();
    api.backend.state.project.smtp = false;
    expect(api.call('POST', '/account/tokens/magic-url', { body: { userId: 'unique()', email: 'a@example.com' } }).body).toMatchObject({ code: 503, type: 'general_smtp_disabled', message: 'SMTP disabled' });
    api.backend.state.project.auths.magicURL = false;
    expect(api.call('POST', '/account/tokens/magic-url', { body: { userId: 'unique()', email: 'a@example.com' } }).body.code).toBe(501);
  });

  it('also answers on the seed-era alias POST /account/sessions/magic-url', () => {
    expect(createTestClient().call('POST', '/account/sessions/magic-url', { body: { userId: 'unique()', email: 'a@example.com' } }).status).toBe(201);
  });
});

describe('POST /account/tokens/email', () => {
  it('emails a 6-digit code valid for 15 minutes and creates the user with an email target', () => {
    const api = createTestClient();
    const res = api.call('POST', '/account/tokens/email', { body: { userId: 'unique()', email: 'grace@example.com' } });
    expect(res.status).toBe(201);
    const mail = api.lastMessage();
    expect(mail?.subject).toBe('OTP for Account Dashboard Login');
    expect(mail?.code).toMatch(/^\d{6}$/);
    expect(mail?.text).toBe(`Use OTP ${mail?.code ?? ''} to sign in to Account Dashboard. Expires in 15 minutes.`);
    expect(Date.parse(res.body.expire as string) - Date.parse(res.body.$createdAt as string)).toBe(15 * 60_000);
    expect(api.user().targets).toHaveLength(1);
  });

  it('signs an existing user in instead of creating one', () => {
    const api = createTestClient();
    api.signUp();
    const res = api.call('POST', '/account/tokens/email', { body: { userId: 'unique()', email: 'grace@example.com' } });
    expect(res.body.userId).toBe(api.user().$id);
    expect(api.backend.state.users).toHaveLength(1);
  });
});

describe('POST /account/tokens/phone', () => {
  it('texts a 6-digit code (the SMS starts with it)', () => {
    const api = createTestClient();
    const res = api.call('POST', '/account/tokens/phone', { body: { userId: 'unique()', phone: '+14155550123' } });
    expect(res.status).toBe(201);
    const sms = api.lastMessage();
    expect(sms).toMatchObject({ channel: 'sms', to: '+14155550123' });
    expect(sms?.text.startsWith(sms.code ?? 'x')).toBe(true);
  });

  it('validates E.164 and is 503 without an SMS provider', () => {
    const api = createTestClient();
    expect(api.call('POST', '/account/tokens/phone', { body: { userId: 'unique()', phone: '555-0123' } }).body.type).toBe('general_argument_invalid');
    api.backend.state.project.sms = false;
    expect(api.call('POST', '/account/tokens/phone', { body: { userId: 'unique()', phone: '+14155550123' } }).body).toMatchObject({
      code: 503,
      type: 'general_phone_disabled',
      message: 'Phone provider not configured',
    });
  });

  it('also answers on the seed-era alias POST /account/sessions/phone', () => {
    expect(createTestClient().call('POST', '/account/sessions/phone', { body: { userId: 'unique()', phone: '+14155550123' } }).status).toBe(201);
  });
});

describe('POST /account/jwts', () => {
  it('issues a JWT for the current session that authenticates as the user', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    const res = api.call('POST', '/account/jwts', { body: { duration: 60 } });
    expect(res.status).toBe(201);
    const jwt = res.body.jwt as string;
    const payload = JSON.parse(atob((jwt.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/'))) as { exp: number };
    expect(payload.exp - Date.now() / 1000).toBeGreaterThan(55);
    expect(api.call('GET', '/account', { anonymous: true, headers: { 'x-appwrite-jwt': jwt } }).status).toBe(200);
    api.backend.clock.advance(61);
    expect(api.call('GET', '/account', { anonymous: true, headers: { 'x-appwrite-jwt': jwt } }).body.type).toBe('user_jwt_invalid');
  });

  it('refuses a JWT-authenticated caller (403), bad durations (400) and the alias works', () => {
    const api = createTestClient();
    api.signUp();
    const session = api.signIn().body;
    const jwt = signJwt(api.backend.state.jwtKey, { userId: session.userId as string, sessionId: session.$id as string, exp: Date.now() / 1000 + 900 });
    expect(api.call('POST', '/account/jwts', { anonymous: true, headers: { 'x-appwrite-jwt': jwt } }).body.type).toBe('user_jwt_creation_denied');
    expect(api.call('POST', '/account/jwts', { body: { duration: 3601 } }).body.type).toBe('general_argument_invalid');
    expect(api.call('POST', '/account/jwt').status).toBe(201);
  });

  it('allows 120 a minute per user', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    for (let i = 0; i < 120; i++) api.call('POST', '/account/jwts');
    expect(api.call('POST', '/account/jwts').status).toBe(429);
    api.backend.clock.advance(60);
    expect(api.call('POST', '/account/jwts').status).toBe(201);
  });
});

import { describe, expect, it } from 'vitest';
import { signJwt } from '../jwt.ts';
import { createTestClient, DEMO_USER, PROJECT } from './test-client.ts';

describe('request pipeline', () => {
  it('answers unknown routes with 404 general_route_not_found', () => {
    expect(createTestClient().call('GET', '/account/nope').body).toMatchObject({ code: 404, type: 'general_route_not_found' });
  });

  it('refuses a missing or unknown project with 404 project_not_found', () => {
    const api = createTestClient();
    expect(api.call('GET', '/account', { headers: { 'x-appwrite-project': 'other' } }).body.type).toBe('project_not_found');
  });

  it('treats malformed JSON and non-object bodies as no params: a 400, never a 5xx', () => {
    const api = createTestClient();
    for (const rawBody of ['{"userId":', '[1,2]', '"text"', 'null', '\u0000\uffff']) {
      const res = api.call('POST', '/account', { rawBody });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ type: 'general_argument_invalid', message: 'Param "userId" is not optional.' });
    }
  });

  it('checks scope before params, and params before the action', () => {
    const api = createTestClient();
    expect(api.call('PATCH', '/account/name', { body: { name: '' } }).body.type).toBe('general_unauthorized_scope');
    api.signUp();
    api.signIn();
    expect(api.call('POST', '/account/sessions/email', { body: {} }).body.type).toBe('user_session_already_exists');
  });

  it('blocks every call of a blocked user with 403 user_blocked', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    const user = api.backend.state.users[0];
    if (user) user.status = false;
    expect(api.call('GET', '/account').body).toMatchObject({ code: 403, type: 'user_blocked' });
  });

  it('error responses are never cached', () => {
    const res = createTestClient().call('GET', '/account');
    expect(res.headers).toMatchObject({ 'Cache-Control': 'no-cache, no-store, must-revalidate', 'Content-Type': 'application/json; charset=UTF-8' });
  });
});

describe('caller resolution', () => {
  it('accepts the session value as X-Appwrite-Session (SSR) and ignores junk values', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    const value = api.sessionValue() ?? '';
    expect(api.call('GET', '/account', { anonymous: true, headers: { 'x-appwrite-session': value } }).status).toBe(200);
    for (const junk of ['', 'not-base64!', btoa('{"id":"x","secret":"y"}'), btoa('[]')]) {
      expect(api.call('GET', '/account', { anonymous: true, headers: { 'x-appwrite-session': junk } }).status).toBe(401);
    }
  });

  it('reads the a_session_<project> cookie first', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    const value = api.sessionValue() ?? '';
    expect(api.call('GET', '/account', { anonymous: true, headers: { cookie: `a_session_${PROJECT}=${value}` } }).status).toBe(200);
  });

  it('treats X-Fallback-Cookies "[]" (after logout) as a guest', () => {
    const api = createTestClient();
    expect(api.call('GET', '/account', { headers: { 'x-fallback-cookies': '[]' } }).body.type).toBe('general_unauthorized_scope');
  });

  it('authenticates by JWT, refuses an invalid one and a JWT next to a session', () => {
    const api = createTestClient();
    api.signUp();
    const session = api.signIn().body;
    const jwt = signJwt(api.backend.state.jwtKey, { userId: session.userId as string, sessionId: session.$id as string, exp: Math.floor(Date.now() / 1000) + 900 });
    expect(api.call('GET', '/account', { anonymous: true, headers: { 'x-appwrite-jwt': jwt } }).status).toBe(200);
    expect(api.call('GET', '/account', { headers: { 'x-appwrite-jwt': jwt } }).body).toMatchObject({ code: 403, type: 'user_jwt_and_cookie_set' });
    expect(api.call('GET', '/account', { anonymous: true, headers: { 'x-appwrite-jwt': `${jwt}x` } }).body).toMatchObject({ code: 401, type: 'user_jwt_invalid' });
    expect(api.call('GET', '/account/sessions/current', { anonymous: true, headers: { 'x-appwrite-jwt': jwt } }).body.type).toBe('user_session_not_found');
  });

  it('a JWT dies with its session and after its expiry', () => {
    const api = createTestClient();
    api.signUp();
    const session = api.signIn().body;
    const key = api.backend.state.jwtKey;
    const expired = signJwt(key, { userId: session.userId as string, sessionId: session.$id as string, exp: Math.floor(Date.now() / 1000) - 1 });
    expect(api.call('GET', '/account', { anonymous: true, headers: { 'x-appwrite-jwt': expired } }).body.type).toBe('user_jwt_invalid');
    const live = signJwt(key, { userId: session.userId as string, sessionId: session.$id as string, exp: Math.floor(Date.now() / 1000) + 900 });
    api.call('DELETE', '/account/sessions/current');
    expect(api.call('GET', '/account', { anonymous: true, headers: { 'x-appwrite-jwt': live } }).body.type).toBe('general_unauthorized_scope');
  });

  it('an expired session is a guest', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    api.backend.clock.advance(31_536_000 + 1);
    expect(api.call('GET', '/account').body.type).toBe('general_unauthorized_scope');
  });
});

describe('rate limits', () => {
  it('sends X-RateLimit-* headers and refuses request limit+1 with 429', () => {
    const api = createTestClient();
    let last = api.signUp('user0@example.com');
    expect(last.headers['X-RateLimit-Limit']).toBe('10');
    expect(last.headers['X-RateLimit-Remaining']).toBe('9');
    expect(Number(last.headers['X-RateLimit-Reset'])).toBeGreaterThan(Date.now() / 1000);
    for (let i = 1; i < 10; i++) last = api.signUp(`user${i}@example.com`);
    expect(last.status).toBe(201);
    expect(last.headers['X-RateLimit-Remaining']).toBe('0');
    const refused = api.signUp('user10@example.com');
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      message: 'Rate limit for the current endpoint has been exceeded. Please try again after some time.',
      code: 429,
      type: 'general_rate_limit_exceeded',
      version: '1.9.6',
    });
  });

  it('opens a new window after the window has passed', () => {
    const api = createTestClient();
    for (let i = 0; i < 10; i++) api.signUp(`user${i}@example.com`);
    api.backend.clock.advance(3600);
    expect(api.signUp('late@example.com').status).toBe(201);
  });

  it('counts login attempts per email and clears them after a successful login', () => {
    const api = createTestClient();
    api.signUp();
    for (let i = 0; i < 9; i++) api.signIn('grace@example.com', 'wrong-password');
    expect(api.signIn().status).toBe(201);
    api.call('DELETE', '/account/sessions/current');
    for (let i = 0; i < 10; i++) expect(api.signIn('grace@example.com', 'wrong-password').status).toBe(401);
    expect(api.signIn().status).toBe(429);
  });

  it('can be switched off per project', () => {
    const api = createTestClient();
    api.backend.state.project.rateLimits = false;
    for (let i = 0; i < 12; i++) expect(api.signUp(`user${i}@example.com`).status).toBe(201);
  });
});

describe('control API', () => {
  it('POST /mock/reset restores a seed (demo by default, or empty)', () => {
    const api = createTestClient();
    api.signUp();
    expect(api.call('POST', '/mock/reset', { body: {} }).status).toBe(204);
    expect(api.backend.state.users.map((u) => u.email)).toEqual([DEMO_USER.email]);
    expect(api.call('POST', '/mock/reset', { body: { seed: 'empty' } }).status).toBe(204);
    expect(api.backend.state.users).toEqual([]);
    expect(api.call('POST', '/mock/reset', { body: { seed: 'bogus' } }).body.type).toBe('general_argument_invalid');
  });
});

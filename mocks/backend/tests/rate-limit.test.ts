import { describe, expect, it } from 'vitest';
import { checkRateLimit, clearRateLimit, resolveKey, type RateLimitRule } from '../rate-limit.ts';
import type { RateLimitCounter } from '../state.ts';
import { createTestClient } from './test-client.ts';

/** 2026-11-29 10:00:00 UTC: the start of an hour window. */
const HOUR_START = Date.UTC(2026, 10, 29, 10, 0, 0);

describe('checkRateLimit', () => {
  const rule: RateLimitRule = { limit: 3, window: 3600, keys: ['url:{url},email:{param-email}', 'url:{url},ip:{ip}'] };
  const values = (email: string, ip = '10.0.0.1') => ({ url: 'localhost/v1/account/recovery', 'param-email': email, ip });

  it('fills each key template from the request, leaving unknown names empty', () => {
    expect(resolveKey('url:{url},email:{param-email}', values('a@example.com'))).toBe('url:localhost/v1/account/recovery,email:a@example.com');
    expect(resolveKey('ip:{ip},userId:{userId}', { ip: '10.0.0.1' })).toBe('ip:10.0.0.1,userId:');
  });

  it('allows exactly `limit` requests in a window and refuses the next', () => {
    const counters: Record<string, RateLimitCounter> = {};
    const results = Array.from({ length: 4 }, () => checkRateLimit(counters, rule, values('a@example.com'), HOUR_START + 5_000));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.headers['X-RateLimit-Remaining'])).toEqual(['2', '1', '0', '0']);
    expect(results[0]?.headers['X-RateLimit-Limit']).toBe('3');
  });

  it('refuses when either key of a two-key rule is spent, and reports the smaller remainder', () => {
    const counters: Record<string, RateLimitCounter> = {};
    // Three addresses from one IP spend the IP key; each address key has used one.
    for (const email of ['a@example.com', 'b@example.com']) checkRateLimit(counters, rule, values(email), HOUR_START);
    const third = checkRateLimit(counters, rule, values('c@example.com'), HOUR_START);
    expect(third).toMatchObject({ allowed: true, headers: { 'X-RateLimit-Remaining': '0' } });
    expect(checkRateLimit(counters, rule, values('d@example.com'), HOUR_START).allowed).toBe(false);
    // The same address from another IP: its own key is fine, so it is allowed.
    expect(checkRateLimit(counters, rule, values('a@example.com', '10.0.0.2'), HOUR_START)).toMatchObject({
      allowed: true,
      headers: { 'X-RateLimit-Remaining': '1' },
    });
    // An address spent from many IPs is refused on its own key.
    checkRateLimit(counters, rule, values('a@example.com', '10.0.0.3'), HOUR_START);
    expect(checkRateLimit(counters, rule, values('a@example.com', '10.0.0.4'), HOUR_START).allowed).toBe(false);
  });

  it('keeps one counter per resolved key: another email or route is not blocked by a spent one', () => {
    const counters: Record<string, RateLimitCounter> = {};
    const single: RateLimitRule = { limit: 2, window: 3600, keys: ['url:{url},email:{param-email}'] };
    for (let i = 0; i < 3; i++) checkRateLimit(counters, single, { url: 'u1', 'param-email': 'a@example.com' }, HOUR_START);
    expect(checkRateLimit(counters, single, { url: 'u1', 'param-email': 'a@example.com' }, HOUR_START).allowed).toBe(false);
    expect(checkRateLimit(counters, single, { url: 'u1', 'param-email': 'b@example.com' }, HOUR_START).allowed).toBe(true);
    expect(checkRateLimit(counters, single, { url: 'u2', 'param-email': 'a@example.com' }, HOUR_START).allowed).toBe(true);
  });

  it('aligns windows to the clock and gives their end as X-RateLimit-Reset (seconds)', () => {
    const counters: Record<string, RateLimitCounter> = {};
    const lastSecond = HOUR_START + 3_599_000;
    for (let i = 0; i < 3; i++) checkRateLimit(counters, rule, values('a@example.com'), lastSecond);
    const refused = checkRateLimit(counters, rule, values('a@example.com'), lastSecond + 999);
    expect(refused.allowed).toBe(false);
    expect(refused.headers['X-RateLimit-Reset']).toBe(String((HOUR_START + 3_600_000) / 1000));
    // One second later a new window has begun, though the first requests were a second ago.
    const next = checkRateLimit(counters, rule, values('a@example.com'), HOUR_START + 3_600_000);
    expect(next).toMatchObject({ allowed: true, headers: { 'X-RateLimit-Remaining': '2', 'X-RateLimit-Reset': String((HOUR_START + 7_200_000) / 1000) } });
  });

  it('short windows align too (60 s)', () => {
    const counters: Record<string, RateLimitCounter> = {};
    const minute: RateLimitRule = { limit: 1, window: 60, keys: ['k'] };
    expect(checkRateLimit(counters, minute, {}, HOUR_START + 59_000).headers['X-RateLimit-Reset']).toBe(String(HOUR_START / 1000 + 60));
    expect(checkRateLimit(counters, minute, {}, HOUR_START + 59_500).allowed).toBe(false);
    expect(checkRateLimit(counters, minute, {}, HOUR_START + 60_000).allowed).toBe(true);
  });

  it('clearRateLimit forgets only the keys it is given', () => {
    const counters: Record<string, RateLimitCounter> = {};
    const { keys } = checkRateLimit(counters, rule, values('a@example.com'), HOUR_START);
    checkRateLimit(counters, rule, values('b@example.com', '10.0.0.9'), HOUR_START);
    clearRateLimit(counters, keys);
    expect(Object.keys(counters).sort()).toEqual(['url:localhost/v1/account/recovery,email:b@example.com', 'url:localhost/v1/account/recovery,ip:10.0.0.9']);
  });
});

describe('rate limits through the pipeline', () => {
  it('one address’s spent sign-in limit does not block another address', () => {
    const api = createTestClient({ wallClock: () => HOUR_START });
    api.signUp();
    api.signUp('ada@example.com', 'analytical-engine-1843', 'Ada');
    api.call('DELETE', '/account/sessions/current');
    for (let i = 0; i < 10; i++) api.signIn('grace@example.com', 'wrong-password');
    expect(api.signIn('grace@example.com', 'wrong-password').status).toBe(429);
    expect(api.signIn('ada@example.com', 'analytical-engine-1843').status).toBe(201);
  });

  it('routes count separately: a spent sign-up limit leaves sign-in working', () => {
    const api = createTestClient({ wallClock: () => HOUR_START });
    for (let i = 0; i < 10; i++) api.signUp(`user${i}@example.com`);
    api.call('DELETE', '/account/sessions/current');
    expect(api.signUp('one-more@example.com').status).toBe(429);
    expect(api.signIn('user0@example.com').status).toBe(201);
  });

  it('routes sharing a key template still count apart (the route is part of the key)', () => {
    const api = createTestClient({ wallClock: () => HOUR_START });
    api.signUp();
    api.signIn();
    for (let i = 0; i < 10; i++) expect(api.call('PATCH', '/account/sessions/current').status).toBe(200);
    expect(api.call('PATCH', '/account/sessions/current').status).toBe(429);
    expect(api.call('PATCH', '/account/password', { body: { password: 'x' } }).status).toBe(400);
  });

  it('per-user limits count each signed-in user apart', () => {
    const api = createTestClient({ wallClock: () => HOUR_START });
    const verify = () => api.call('POST', '/account/verifications/email', { body: { url: 'http://localhost/verify' } });
    api.signUp();
    api.signIn();
    for (let i = 0; i < 10; i++) verify();
    expect(verify().status).toBe(429);
    api.forgetSession();
    api.signUp('ada@example.com', 'analytical-engine-1843', 'Ada');
    api.signIn('ada@example.com', 'analytical-engine-1843');
    expect(verify().status).toBe(201);
  });

  it('recovery refuses once this address and IP are spent, then any address from that IP', () => {
    const api = createTestClient({ wallClock: () => HOUR_START });
    const recover = (email: string) => api.call('POST', '/account/recovery', { body: { email, url: 'http://localhost/recover' } });
    for (let i = 0; i < 10; i++) recover('grace@example.com');
    const refused = recover('grace@example.com');
    expect(refused.status).toBe(429);
    expect(refused.headers['X-RateLimit-Reset']).toBe(String(HOUR_START / 1000 + 3600));
    // The IP key is spent as well (all ten came from it).
    expect(recover('ada@example.com').status).toBe(429);
  });

  it('the window is the clock hour: a limit spent in its last second is free again at the next hour', () => {
    let now = HOUR_START + 3_599_000;
    const api = createTestClient({ wallClock: () => now });
    for (let i = 0; i < 10; i++) api.signUp(`user${i}@example.com`);
    expect(api.signUp('late@example.com').status).toBe(429);
    now = HOUR_START + 3_600_000;
    expect(api.signUp('late@example.com').status).toBe(201);
  });

  it('with limits off, a sign-in that resets its counter still works', () => {
    const api = createTestClient({ wallClock: () => HOUR_START });
    api.backend.state.project.rateLimits = false;
    api.signUp();
    expect(api.signIn().status).toBe(201);
    expect(api.backend.state.rateLimits).toEqual({});
  });
});

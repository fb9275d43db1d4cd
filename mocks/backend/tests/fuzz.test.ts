/**
 * Property test: thousands of random and malformed requests, from clients that sign up, sign in and
 * keep their sessions, never produce a 5xx or a thrown exception; every error has Appwrite's body;
 * the state's invariants hold afterwards.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../backend.ts';
import type { MockState } from '../state.ts';
import { createTestClient } from './test-client.ts';

const PATHS = [...new Set(ROUTES.flatMap((r) => r.paths))];
const VALUE = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('unique()', 'grace@example.com', 'ada@example.com', 'hopper-compiler-1952', 'analytical-engine-1843', '+14155550123', 'current', 'totp', ''),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const KEYS = fc.constantFrom('userId', 'email', 'password', 'name', 'phone', 'secret', 'url', 'prefs', 'oldPassword', 'mfa', 'otp', 'factor', 'challengeId', 'duration', 'identifier', 'targetId', 'phrase', 'queries', 'seed', 'x');
const BODY = fc.oneof(
  fc.dictionary(KEYS, VALUE, { maxKeys: 5 }).map((o) => JSON.stringify(o)),
  fc.string({ maxLength: 60 }),
  fc.constantFrom('', '{', '[]', 'null', '"x"', '{"prefs":[1]}', '{"userId":"unique()","email":"grace@example.com","password":"hopper-compiler-1952"}'),
);
const PATH = fc.oneof(
  fc.constantFrom(...PATHS).chain((p) => fc.constantFrom(...['current', 'totp', 'github', 'nope', '%E2%9C%93', '']).map((v) => p.replace(/:[a-zA-Z]+/g, v))),
  fc.string({ maxLength: 30 }).map((s) => `/account/${s}`),
  fc.constantFrom('/mock/clock', '/mock/project', '/mock/messages', '/mock/faults'),
);
const REQUEST = fc.record({
  client: fc.integer({ min: 0, max: 2 }),
  method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
  path: PATH,
  body: BODY,
  query: fc.dictionary(fc.constantFrom('queries[0]', 'queries[]', 'total', 'project', 'to', 'success'), fc.string({ maxLength: 30 }), { maxKeys: 2 }),
  junkHeader: fc.option(fc.constantFrom('x-fallback-cookies', 'x-appwrite-session', 'x-appwrite-jwt', 'cookie'), { nil: undefined }),
  junkValue: fc.string({ maxLength: 40 }),
});

function checkInvariants(state: MockState) {
  const ids = state.users.map((u) => u.$id);
  expect(new Set(ids).size).toBe(ids.length);
  const emails = state.users.map((u) => u.email).filter(Boolean);
  expect(new Set(emails).size).toBe(emails.length);
  const phones = state.users.map((u) => u.phone).filter(Boolean);
  expect(new Set(phones).size).toBe(phones.length);
  const known = new Set(ids);
  for (const s of state.sessions) expect(known.has(s.userId)).toBe(true);
  for (const t of state.tokens) expect(known.has(t.userId)).toBe(true);
  for (const i of state.identities) expect(known.has(i.userId)).toBe(true);
  const sessionIds = state.sessions.map((s) => s.$id);
  expect(new Set(sessionIds).size).toBe(sessionIds.length);
  for (const u of state.users) {
    expect(u.email).toBe(u.email.toLowerCase());
    expect(state.sessions.filter((s) => s.userId === u.$id).length).toBeLessThanOrEqual(state.project.auths.maxSessions || Infinity);
  }
}

describe('fuzz', () => {
  it('random and malformed requests: no 5xx, Appwrite-shaped errors, invariants hold', () => {
    fc.assert(
      fc.property(fc.array(REQUEST, { minLength: 20, maxLength: 60 }), (requests) => {
        const clients = [createTestClient({ seed: 'demo' })];
        const api = clients[0];
        if (!api) return;
        // Some valid traffic first so authenticated routes are reached too.
        api.signUp();
        api.signIn();
        for (const r of requests) {
          const headers: Record<string, string> = r.junkHeader && r.client === 2 ? { [r.junkHeader]: r.junkValue } : {};
          const res = api.call(r.method, r.path, { rawBody: r.body, query: r.query, headers, anonymous: r.client === 1 });
          if (r.path === '/mock/faults' && res.status < 300) api.call('DELETE', '/mock/faults');
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400 && res.headers['Content-Type']?.includes('json')) {
            expect(Object.keys(res.body)).toEqual(['message', 'code', 'type', 'version']);
            expect(res.body.code).toBe(res.status);
            expect(typeof res.body.message).toBe('string');
            expect(typeof res.body.type).toBe('string');
            expect(res.body.version).toBe('1.9.6');
          }
        }
        checkInvariants(api.backend.state);
      }),
      { numRuns: 120, seed: 20261126 },
    );
  });

  it('survives a 10 MB body and deeply nested JSON', () => {
    const api = createTestClient();
    expect(api.call('POST', '/account', { rawBody: 'x'.repeat(10 * 1024 * 1024 + 1) }).status).toBe(400);
    const nested = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(api.call('POST', '/account', { rawBody: `{"prefs":${nested}}` }).status).toBe(400);
  });
});

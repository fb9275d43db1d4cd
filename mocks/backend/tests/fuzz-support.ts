/** Generators and checks shared by the in-process fuzz test and the HTTP one (mocks/server-fuzz.test.ts). */
import fc from 'fast-check';
import { expect } from 'vitest';
import { ROUTES } from '../backend.ts';
import type { MockState } from '../state.ts';
import { PROJECT } from './test-client.ts';

const PATHS = [...new Set(ROUTES.flatMap((r) => r.paths))];
/** Escapes `decodeURIComponent` cannot read: truncated, bare, not hex, overlong UTF-8, a lone surrogate. */
export const BAD_ESCAPES = ['%E0%A4%A', '%', '%zz', '%C0%AF', '%ED%A0%80'];
const SEGMENT = fc.constantFrom('current', 'totp', 'github', 'nope', '%E2%9C%93', '', PROJECT, ...BAD_ESCAPES);

export const VALUE = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('unique()', 'grace@example.com', 'ada@example.com', 'hopper-compiler-1952', 'analytical-engine-1843', '+14155550123', 'current', 'totp', ''),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const KEYS = fc.constantFrom('userId', 'email', 'password', 'name', 'phone', 'secret', 'url', 'prefs', 'oldPassword', 'mfa', 'otp', 'factor', 'challengeId', 'duration', 'identifier', 'targetId', 'phrase', 'queries', 'seed', 'x', '__proto__', 'constructor');
export const BODY = fc.oneof(
  fc.dictionary(KEYS, VALUE, { maxKeys: 5 }).map((o) => JSON.stringify(o)),
  fc.string({ maxLength: 60 }),
  fc.constantFrom('', '{', '[]', 'null', '"x"', '{"prefs":[1]}', '{"__proto__":{"x":1}}', '{"userId":"unique()","email":"grace@example.com","password":"hopper-compiler-1952"}'),
);

/** OAuth2 `state` values a forger would try: not objects, missing URLs, unsigned, plus random text. */
export const STATE = fc.oneof(
  fc.constantFrom(
    'null', '5', '[]', '{}', '"x"', 'x.y', '.',
    JSON.stringify({ mode: 'token', provider: 'github' }),
    JSON.stringify({ mode: 'token', provider: 'github', success: 'https://evil.example/steal', failure: 'https://evil.example/f' }),
    JSON.stringify({ mode: 'session', provider: 'github', success: 'http://localhost/ok', failure: 7 }),
  ),
  fc.string({ maxLength: 60 }),
);

export const PATH = fc.oneof(
  fc.constantFrom(...PATHS).chain((p) => SEGMENT.map((v) => p.replace(/:[a-zA-Z]+/g, v))),
  fc.string({ maxLength: 30 }).map((s) => `/account/${s}`),
  fc.constantFrom('/mock/clock', '/mock/project', '/mock/messages', '/mock/oauth2/authorize', `/account/sessions/oauth2/callback/github/${PROJECT}`),
  SEGMENT.map((s) => `/mock/users/${s}`),
);

export const QUERY = fc.dictionary(
  fc.constantFrom('queries[0]', 'queries[]', 'queries', 'total', 'project', 'to', 'success', 'failure', '__proto__[]', 'constructor[]', 'toString[]', '__proto__', 'state', 'decision', 'email'),
  fc.oneof(fc.string({ maxLength: 30 }), STATE, fc.constantFrom('allow', 'deny', PROJECT, 'ada@example.com')),
  { maxKeys: 4 },
);

/** The state's cross-references after any sequence of requests. */
export function checkInvariants(state: MockState) {
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

/** A 4xx or better; an error as Appwrite's JSON body (or, on OAuth2 navigations, its HTML page). */
export function checkAnswer(status: number, contentType: string | undefined, body: unknown) {
  expect(status).toBeGreaterThanOrEqual(100);
  expect(status).toBeLessThan(500);
  if (status < 400) return;
  expect(contentType).toMatch(/^(application\/json|text\/html)/);
  if (!contentType?.includes('json')) return;
  const error = body as Record<string, unknown>;
  expect(Object.keys(error)).toEqual(['message', 'code', 'type', 'version']);
  expect(error.code).toBe(status);
  expect(typeof error.message).toBe('string');
  expect(typeof error.type).toBe('string');
  expect(error.version).toBe('1.9.6');
}

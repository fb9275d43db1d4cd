/**
 * Property test: thousands of random and malformed requests, from clients that sign up, sign in and
 * keep their sessions, never produce a 5xx or a thrown exception; every error has Appwrite's body;
 * the state's invariants hold afterwards. The HTTP server gets the same traffic, also concurrently,
 * in mocks/server-fuzz.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { BODY, checkAnswer, checkInvariants, PATH, QUERY, STATE } from './fuzz-support.ts';
import { createTestClient, PROJECT } from './test-client.ts';

const REQUEST = fc.record({
  client: fc.integer({ min: 0, max: 2 }),
  method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
  path: fc.oneof(PATH, fc.constantFrom('/mock/faults')),
  body: BODY,
  query: QUERY,
  junkHeader: fc.option(fc.constantFrom('x-fallback-cookies', 'x-appwrite-session', 'x-appwrite-jwt', 'cookie'), { nil: undefined }),
  junkValue: fc.string({ maxLength: 40 }),
});

describe('fuzz', () => {
  it('random and malformed requests: no 5xx, Appwrite-shaped errors, invariants hold', () => {
    const logged = vi.spyOn(console, 'error');
    fc.assert(
      fc.property(fc.array(REQUEST, { minLength: 20, maxLength: 60 }), (requests) => {
        const api = createTestClient({ seed: 'demo' });
        // Some valid traffic first so authenticated routes are reached too.
        api.signUp();
        api.signIn();
        for (const r of requests) {
          const headers: Record<string, string> = r.junkHeader && r.client === 2 ? { [r.junkHeader]: r.junkValue } : {};
          const res = api.call(r.method, r.path, { rawBody: r.body, query: r.query, headers, anonymous: r.client === 1 });
          if (r.path === '/mock/faults' && res.status < 300) api.call('DELETE', '/mock/faults');
          checkAnswer(res.status, res.headers['Content-Type'], res.body);
        }
        checkInvariants(api.backend.state);
      }),
      { numRuns: 120, seed: 20261126 },
    );
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it('OAuth2 callbacks with forged, altered or junk state: a 4xx page, never a redirect or a token', () => {
    fc.assert(
      fc.property(STATE, fc.nat(), fc.constantFrom('allow', 'deny'), (junk, cut, decision) => {
        const api = createTestClient({ seed: 'demo' });
        const start = api.call('GET', '/account/tokens/oauth2/github', { query: { success: 'http://localhost/ok', project: PROJECT } });
        const live = new URL(start.headers.Location ?? '').searchParams.get('state') ?? '';
        // Junk, or the live state with one character changed.
        const at = cut % live.length;
        const altered = `${live.slice(0, at)}${live[at] === 'A' ? 'B' : 'A'}${live.slice(at + 1)}`;
        for (const state of [junk, altered]) {
          const query = { state, project: PROJECT, decision, email: 'ada@example.com' };
          const res = api.call('GET', `/account/sessions/oauth2/callback/github/${PROJECT}`, { query });
          expect(res.status).toBe(400);
          expect(res.headers.Location).toBeUndefined();
          expect(api.call('GET', '/mock/oauth2/authorize', { query: { state } }).status).toBe(400);
        }
        expect(api.backend.state.tokens).toHaveLength(0);
      }),
      { numRuns: 200, seed: 20261127 },
    );
  });

  it('OAuth2 success and failure URLs with any characters: refused at the start, or a header-safe Location', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20, unit: 'binary' }), fc.constantFrom('sessions', 'tokens'), fc.constantFrom('allow', 'deny'), (tail, mode, decision) => {
        const api = createTestClient();
        const start = api.call('GET', `/account/${mode}/oauth2/github`, { query: { success: `http://localhost/${tail}`, failure: `http://localhost/${tail}`, project: PROJECT } });
        if (start.status === 400) return;
        const state = new URL(start.headers.Location ?? '').searchParams.get('state') ?? '';
        const res = api.call('GET', `/account/sessions/oauth2/callback/github/${PROJECT}`, { query: { state, project: PROJECT, decision, email: 'octo@example.com' } });
        expect(res.status).toBe(301);
        expect(res.headers.Location).toMatch(/^http:\/\/localhost\/[\x21-\x7e]*$/);
      }),
      { numRuns: 200, seed: 20261129 },
    );
  });

  it('survives a 10 MB body and deeply nested JSON', () => {
    const api = createTestClient();
    expect(api.call('POST', '/account', { rawBody: 'x'.repeat(10 * 1024 * 1024 + 1) }).status).toBe(400);
    const nested = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(api.call('POST', '/account', { rawBody: `{"prefs":${nested}}` }).status).toBe(400);
  });
});

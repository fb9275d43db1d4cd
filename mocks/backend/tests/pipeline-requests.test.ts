/**
 * What the pipeline makes of a request before any route sees it (JSON bodies as PHP reads them, list
 * query keys), what it tells the store, and how it answers a bug in a route.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runPipeline } from '../pipeline.ts';
import { defineRoute } from '../route.ts';
import { seedState } from '../seed.ts';
import { createSignedInClient, createTestClient } from './test-client.ts';

const HOUR_START = Date.UTC(2026, 10, 29, 10, 0, 0);
const signedIn = () => createSignedInClient({ wallClock: () => HOUR_START });

afterEach(() => {
  vi.restoreAllMocks();
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

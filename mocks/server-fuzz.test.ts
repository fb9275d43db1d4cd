/**
 * The fuzz traffic of mocks/backend/tests/fuzz.test.ts over real sockets, in sequence and then all at
 * once, with hostile Host and Origin headers and request targets the backend never sees in-process:
 * every answer is below 500 with Appwrite's error body, and the server logs no error.
 */
import fc from 'fast-check';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROJECT_ID as PROJECT, DEMO_USER } from '../contract/demo.ts';
import { BODY, checkAnswer, checkInvariants, PATH, QUERY } from './backend/tests/fuzz-support.ts';
import { createMockHttpServer } from './server.ts';
import { rawRequest, type RawResponse } from './test-http.ts';

const { server, backend } = createMockHttpServer({ seed: 'demo', project: { platforms: ['localhost', 'app.example'] } });
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Bytes outside printable ASCII as UTF-8 escapes, `%` left alone, so malformed escapes reach the server. */
function target(path: string, query: Record<string, string>): string {
  const escape = (c: string) => [...Buffer.from(c)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  const encode = (s: string) => s.replace(/[^\x21-\x7e]/gu, escape);
  const search = Object.entries(query).map(([k, v]) => `${encode(k).replace(/[&=#]/g, escape)}=${encode(v).replace(/[&#]/g, escape)}`).join('&');
  return `/v1${encode(path).replace(/[?#]/g, escape)}${search ? `?${search}` : ''}`;
}

const HOST = fc.constantFrom('127.0.0.1', 'localhost:4173', '[::1]:1', 'app.example', 'evil.example', '[0:0:0:0:0:0:0:1]:8787', 'a b', '[::', 'x:99999', '');
const ORIGIN = fc.option(fc.constantFrom('http://localhost:4173', 'https://app.example', 'https://evil.example', 'null', 'not a url'), { nil: undefined });
const REQUEST = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
  path: PATH,
  query: QUERY,
  body: BODY,
  host: fc.oneof({ weight: 4, arbitrary: fc.constant('127.0.0.1') }, { weight: 1, arbitrary: HOST }),
  origin: ORIGIN,
  signedIn: fc.boolean(),
  /** A request line the HTTP parser itself refuses (a space in the target, a bad version). */
  broken: fc.option(fc.constantFrom('GET /v1/a b HTTP/1.1', 'GET /v1/account HTTP/9.9', 'GET\t/v1 HTTP/1.1'), { freq: 10, nil: undefined }),
});
type FuzzRequest = typeof REQUEST extends fc.Arbitrary<infer T> ? T : never;

function send(r: FuzzRequest, cookie: string): Promise<RawResponse> {
  const body = Buffer.from(r.body);
  const lines = [
    r.broken ?? `${r.method} ${target(r.path, r.query)} HTTP/1.1`,
    `Host: ${r.host}`,
    `X-Appwrite-Project: ${PROJECT}`,
    ...(r.origin ? [`Origin: ${r.origin}`] : []),
    ...(r.signedIn && cookie ? [`Cookie: ${cookie}`] : []),
    `Content-Length: ${String(body.length)}`,
  ];
  return rawRequest(port, lines.join('\r\n'), body);
}

function check(res: RawResponse) {
  const json = res.headers['content-type']?.includes('json') ? (JSON.parse(res.body) as unknown) : undefined;
  checkAnswer(res.status, res.headers['content-type'], json);
}

describe('HTTP fuzz', () => {
  it('hostile requests in sequence and concurrently: no 5xx, Appwrite-shaped errors, nothing logged', async () => {
    const logged = vi.spyOn(console, 'error');
    await fc.assert(
      fc.asyncProperty(fc.array(REQUEST, { minLength: 10, maxLength: 30 }), async (requests) => {
        backend.reset('demo');
        const login = JSON.stringify({ email: DEMO_USER.email, password: DEMO_USER.password });
        const signIn = await rawRequest(port, `POST /v1/account/sessions/email HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Appwrite-Project: ${PROJECT}\r\nContent-Type: application/json\r\nContent-Length: ${String(login.length)}`, login);
        const cookie = (signIn.headers['set-cookie'] ?? '').split(';')[0] ?? '';
        for (const r of requests) check(await send(r, cookie));
        for (const res of await Promise.all(requests.map((r) => send(r, cookie)))) check(res);
        checkInvariants(backend.state);
      }),
      { numRuns: 12, seed: 20261128 },
    );
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  }, 60_000);
});

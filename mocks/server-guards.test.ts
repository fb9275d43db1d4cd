/** HTTP server mode against hostile callers: Host, Origin on the control API, oversized bodies, binding. */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROJECT_ID as PROJECT } from '../contract/demo.ts';
import { MAX_BODY_BYTES } from './backend/backend.ts';
import { createMockHttpServer, nonLoopbackWarning } from './server.ts';
import { rawRequest } from './test-http.ts';

const { server, backend } = createMockHttpServer({ seed: 'demo', project: { platforms: ['localhost', 'app.example'] } });
let port = 0;
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${String(port)}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const appwriteError = (body: string) => expect(Object.keys(JSON.parse(body) as object)).toEqual(['message', 'code', 'type', 'version']);

describe('Host header', () => {
  it.each([['a b'], ['[::'], ['x:99999']])('a malformed Host %j is a 400 general_bad_request, nothing logged', async (host) => {
    const logged = vi.spyOn(console, 'error');
    const res = await rawRequest(port, `GET /v1/mock/clock HTTP/1.1\r\nHost: ${host}`);
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
    expect(res.status).toBe(400);
    appwriteError(res.body);
    expect(JSON.parse(res.body)).toMatchObject({ type: 'general_bad_request', code: 400 });
  });

  it('a host that is neither loopback nor a platform (DNS rebinding) is a 404 router_host_not_found, even for the outbox', async () => {
    for (const target of ['/v1/mock/messages', '/v1/account', '/v1/mock/project']) {
      const res = await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: rebind.evil.example:${String(port)}`);
      expect(res.status).toBe(404);
      expect(JSON.parse(res.body)).toMatchObject({ type: 'router_host_not_found' });
    }
    const patch = '{"platforms":["evil.example"]}';
    const add = await rawRequest(port, `PATCH /v1/mock/project HTTP/1.1\r\nHost: rebind.evil.example\r\nContent-Length: ${String(patch.length)}`, patch);
    expect(add.status).toBe(404);
    expect(backend.state.project.platforms).toEqual(['localhost', 'app.example']);
  });

  it.each(['127.0.0.1', 'localhost:4173', '[::1]:1', 'app.example:8443'])('serves loopback and registered hosts with any port: %s', async (host) => {
    const res = await rawRequest(port, `GET /v1/mock/clock HTTP/1.1\r\nHost: ${host}`);
    expect(res.status).toBe(200);
  });
});

describe('control API origin rule', () => {
  it('refuses a cross-site text/plain POST from an unregistered page (403 general_unknown_origin), state untouched', async () => {
    const before = backend.state.clockOffset;
    for (const origin of ['https://evil.example', 'null']) {
      const res = await fetch(`${base}/mock/clock`, { method: 'POST', headers: { origin, 'content-type': 'text/plain' }, body: '{"advance":3600}' });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ type: 'general_unknown_origin' });
      const reset = await fetch(`${base}/mock/reset`, { method: 'POST', headers: { origin, 'content-type': 'text/plain' }, body: '{"seed":"empty"}' });
      expect(reset.status).toBe(403);
    }
    expect(backend.state.clockOffset).toBe(before);
    expect(backend.state.users.length).toBeGreaterThan(0);
  });

  it('serves the app\'s own origin (a platform) and callers without Origin (tests, other servers)', async () => {
    const fromApp = await fetch(`${base}/mock/clock`, { headers: { origin: 'http://localhost:4173' } });
    expect(fromApp.status).toBe(200);
    expect(fromApp.headers.get('access-control-allow-origin')).toBe('http://localhost:4173');
    expect((await fetch(`${base}/mock/messages`)).status).toBe(200);
    expect((await fetch(`${base}/mock/clock`, { method: 'POST', body: '{"advance":0}' })).status).toBe(200);
  });
});

describe('oversized bodies', () => {
  it('refuses a declared length above the limit before reading the body', async () => {
    const res = await rawRequest(port, `POST /v1/account HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Appwrite-Project: ${PROJECT}\r\nContent-Length: ${String(MAX_BODY_BYTES * 10)}`);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ type: 'general_bad_request', message: 'Request body is too large.' });
  });

  it('stops reading a chunked body once it passes the limit, without waiting for its end', async () => {
    const size = MAX_BODY_BYTES + 1;
    // One chunk just over the limit and no last chunk: a server that reads to the end never answers.
    const chunk = Buffer.concat([Buffer.from(`${size.toString(16)}\r\n`), Buffer.alloc(size, 0x78), Buffer.from('\r\n')]);
    const res = await rawRequest(port, `POST /v1/account HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Appwrite-Project: ${PROJECT}\r\nTransfer-Encoding: chunked`, chunk, 10_000);
    expect(res.status).toBe(400);
    expect(res.headers.connection).toBe('close');
    expect(JSON.parse(res.body)).toMatchObject({ type: 'general_bad_request', message: 'Request body is too large.' });
  });
});

describe('binding', () => {
  it.each(['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2'])('is quiet on loopback %s', (host) => {
    expect(nonLoopbackWarning(host)).toBeNull();
  });

  it.each(['0.0.0.0', '::', '192.168.1.5', 'my-laptop.lan'])('warns on %s', (host) => {
    expect(nonLoopbackWarning(host)).toContain(`listening on ${host}, not loopback`);
  });
});

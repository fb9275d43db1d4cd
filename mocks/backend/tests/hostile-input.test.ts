/** Input no client should send still gets a 4xx with Appwrite's error body, never a 500. */
import { describe, expect, it } from 'vitest';
import { hostError, hostnameOf } from '../host.ts';
import { DEFAULT_PROJECT } from '../project.ts';
import { createTestClient, DEMO_USER } from './test-client.ts';

function signedInDemo() {
  const api = createTestClient({ seed: 'demo' });
  api.signIn(DEMO_USER.email, DEMO_USER.password);
  return api;
}

describe('malformed percent escapes in path params', () => {
  it.each(['%E0%A4%A', '%', '%zz', '%C0%AF', '%ED%A0%80'])('%s is a 400 from the param validator', (segment) => {
    const api = signedInDemo();
    for (const method of ['GET', 'DELETE', 'PATCH']) {
      const res = api.call(method, `/account/sessions/${segment}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ type: 'general_argument_invalid', message: expect.stringMatching(/^Invalid `sessionId` param/) as string });
    }
    expect(api.call('PATCH', `/mock/users/${segment}`, { body: { status: false } }).body).toMatchObject({ code: 404, type: 'user_not_found' });
  });
});

describe('query keys', () => {
  it.each(['__proto__[]', 'constructor[]', 'toString[]', 'hasOwnProperty[0]', '__proto__'])('%s is just a name', (key) => {
    const api = signedInDemo();
    expect(api.call('GET', '/account/logs', { query: { [key]: 'x' } }).status).toBe(200);
  });

  it('a list after a plain value of the same name starts over, as PHP lets the last one win', () => {
    const api = signedInDemo();
    const limit = JSON.stringify({ method: 'limit', values: [2] });
    const res = api.call('GET', `/account/logs`, { query: { queries: 'junk', 'queries[]': limit } });
    expect(res.status).toBe(200);
    expect(res.body.logs).toHaveLength(2);
  });
});

describe('Host header', () => {
  const project = { ...DEFAULT_PROJECT, platforms: ['localhost', 'app.example'] };

  it.each(['localhost', 'localhost:8787', '127.0.0.1:1', '[::1]:65535', 'LOCALHOST:4173', 'app.example', 'app.example:8443'])('serves %s', (host) => {
    expect(hostError(project, host)).toBeNull();
  });

  it('serves loopback hosts even when no loopback platform is registered', () => {
    expect(hostError({ ...project, platforms: ['app.example'] }, '127.0.0.1:8787')).toBeNull();
  });

  it.each(['a b', '[::', 'x:99999', '', 'localhost:', 'a:b:c', 'localhost:8787/x', 'user@localhost'])('refuses malformed %j with 400 general_bad_request', (host) => {
    expect(hostnameOf(host)).toBeNull();
    expect(hostError(project, host)).toMatchObject({ status: 400, type: 'general_bad_request' });
  });

  it.each(['evil.example', 'evil.example:8787', '[0:0:0:0:0:0:0:1]:8787', '127.0.0.2', 'localhost.evil.example'])('refuses untrusted %s with 404 router_host_not_found', (host) => {
    expect(hostError(project, host)).toMatchObject({ status: 404, type: 'router_host_not_found' });
  });
});

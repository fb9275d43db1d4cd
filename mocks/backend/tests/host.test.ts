import { describe, expect, it } from 'vitest';
import { hostError, hostnameOf } from '../host.ts';
import { DEFAULT_PROJECT } from '../project.ts';

describe('hostnameOf', () => {
  it.each([
    ['localhost', 'localhost'],
    ['LocalHost:4173', 'localhost'],
    ['127.0.0.1:65535', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['[::1]:1', '[::1]'],
    ['app.example', 'app.example'],
    ['a-b.example:0', 'a-b.example'],
  ])('%s → %s', (host, hostname) => {
    expect(hostnameOf(host)).toBe(hostname);
  });

  it.each(['', 'a b', 'x:65536', 'x:123456', 'x:', 'x:port', '[::1', 'user@localhost', 'localhost/', 'local_host', 'a..b', '.a', 'a.', '[::1]x'])(
    'refuses %j',
    (host) => {
      expect(hostnameOf(host)).toBeNull();
    },
  );
});

describe('hostError', () => {
  const project = { ...DEFAULT_PROJECT, platforms: ['app.example'] };

  it('serves loopback names even without a localhost platform, and registered platforms', () => {
    for (const host of ['localhost:8787', '127.0.0.1', '[::1]:8787', 'APP.example:443']) expect(hostError(project, host)).toBeNull();
  });

  it('answers 404 router_host_not_found to any other name (DNS rebinding), 400 to a malformed Host', () => {
    for (const host of ['evil.example', 'app.example.evil.example', 'localhost.evil.example', '127.0.0.2']) {
      expect(hostError(project, host)).toMatchObject({ status: 404, type: 'router_host_not_found' });
    }
    expect(hostError(project, 'a b')).toMatchObject({ status: 400, type: 'general_bad_request', message: 'Invalid `Host` header.' });
  });
});

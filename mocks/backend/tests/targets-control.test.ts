import { describe, expect, it } from 'vitest';
import { createTestClient, PROJECT } from './test-client.ts';

const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36';

describe('push targets', () => {
  it('create (201, named after the device) → update → delete; 409 on a taken id; 404 on unknown', () => {
    const api = createTestClient();
    api.signUp();
    api.call('POST', '/account/sessions/email', { headers: { 'user-agent': PHONE_UA }, body: { email: 'grace@example.com', password: 'hopper-compiler-1952' } });
    const created = api.call('POST', '/account/targets/push', { headers: { 'user-agent': PHONE_UA }, body: { targetId: 'device-1', identifier: 'fcm-token-1' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ $id: 'device-1', providerType: 'push', identifier: 'fcm-token-1', expired: false, providerId: null });
    expect(created.body.name).toContain('Pixel 8');
    expect(api.call('POST', '/account/targets/push', { body: { targetId: 'device-1', identifier: 'x' } }).body.type).toBe('user_target_already_exists');
    expect(api.call('PUT', '/account/targets/device-1/push', { body: { identifier: 'fcm-token-2' } }).body.identifier).toBe('fcm-token-2');
    expect(api.call('PUT', '/account/targets/nope/push', { body: { identifier: 'x' } }).body.type).toBe('user_target_not_found');
    expect(api.call('DELETE', '/account/targets/device-1/push').status).toBe(204);
    expect(api.call('DELETE', '/account/targets/device-1/push').body.type).toBe('user_target_not_found');
  });

  it('guests lack the targets.write scope; a target dies with its session', () => {
    const api = createTestClient();
    expect(api.call('POST', '/account/targets/push', { body: { targetId: 'x', identifier: 'y' } }).body.message).toBe('User (role: guests) missing scopes (["targets.write"])');
    api.signUp();
    api.signIn();
    api.call('POST', '/account/targets/push', { body: { targetId: 'device-1', identifier: 'fcm' } });
    api.call('DELETE', '/account/sessions/current');
    expect(api.user().targets.map((t) => t.providerType)).toEqual(['email']);
  });
});

describe('control API', () => {
  it('messages: newest first, filtered by recipient, cleared by DELETE', () => {
    const api = createTestClient();
    api.call('POST', '/account/tokens/email', { body: { userId: 'unique()', email: 'a@example.com' } });
    api.call('POST', '/account/tokens/email', { body: { userId: 'unique()', email: 'b@example.com' } });
    const all = api.call('GET', '/mock/messages').body;
    expect(all.total).toBe(2);
    const messages = all.messages as Record<string, unknown>[];
    expect(messages.map((m) => m.to)).toEqual(['b@example.com', 'a@example.com']);
    expect(Object.keys(messages[0] ?? {})).toEqual(['$id', 'channel', 'to', 'toName', 'subject', 'text', 'link', 'code', '$createdAt']);
    expect(api.call('GET', '/mock/messages', { query: { to: 'A@example.com' } }).body.total).toBe(1);
    expect(api.call('DELETE', '/mock/messages').status).toBe(204);
    expect(api.call('GET', '/mock/messages').body).toEqual({ total: 0, messages: [] });
  });

  it('project: GET, partial PATCH merging auths, type-checked', () => {
    const api = createTestClient();
    const project = api.call('GET', '/mock/project').body;
    expect(Object.keys(project)).toEqual(['$id', 'name', 'platforms', 'auths', 'smtp', 'sms', 'rateLimits', 'logs', 'oauthProviders']);
    const patched = api.call('PATCH', '/mock/project', { body: { logs: false, auths: { maxSessions: 3 } } }).body;
    expect(patched).toMatchObject({ logs: false, auths: { maxSessions: 3, emailPassword: true } });
    expect(api.call('PATCH', '/mock/project', { body: { logs: 'no' } }).status).toBe(400);
    expect(api.call('PATCH', '/mock/project', { body: { auths: { bogus: true } } }).status).toBe(400);
    expect(api.call('PATCH', '/mock/project', { body: { auths: { maxSessions: -1 } } }).status).toBe(400);
    expect(api.backend.state.project.auths.maxSessions).toBe(3);
  });

  it('users: an admin blocks and unblocks; unknown user 404', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    const id = api.user().$id;
    expect(api.call('PATCH', `/mock/users/${id}`, { body: { status: false } }).body.status).toBe(false);
    expect(api.call('GET', '/account').body.type).toBe('user_blocked');
    expect(api.call('PATCH', '/mock/users/nobody', { body: { status: false } }).status).toBe(404);
  });

  it('clock: advances the backend time and reports it', () => {
    const api = createTestClient();
    const before = Date.parse(api.call('GET', '/mock/clock').body.now as string);
    const after = Date.parse(api.call('POST', '/mock/clock', { body: { advance: 3600 } }).body.now as string);
    expect(after - before).toBeGreaterThanOrEqual(3_600_000);
    expect(api.call('POST', '/mock/clock', { body: { advance: -5 } }).status).toBe(400);
  });

  it('faults: offline, failures on chosen paths, latency; the control API itself is never faulted', () => {
    let roll = 0;
    const api = createTestClient({ random: () => roll });
    expect(api.call('PUT', '/mock/faults', { body: { offline: true, paths: ['/account/sessions'] } }).status).toBe(200);
    expect(api.backend.handle({ method: 'GET', path: '/account/sessions', query: new URLSearchParams(), headers: { 'x-appwrite-project': PROJECT }, bodyText: '', ip: '127.0.0.1', host: 'localhost' }).networkError).toBe(true);
    expect(api.call('GET', '/account').status).toBe(401); // not in paths
    api.call('PUT', '/mock/faults', { body: { failRate: 0.5, failStatus: 503, latencyMs: 20 } });
    const failed = api.call('GET', '/account');
    expect(failed.status).toBe(503);
    expect(failed.body).toMatchObject({ code: 503, type: 'general_server_error' });
    roll = 0.9;
    const passed = api.backend.handle({ method: 'GET', path: '/account', query: new URLSearchParams(), headers: { 'x-appwrite-project': PROJECT }, bodyText: '', ip: '127.0.0.1', host: 'localhost' });
    expect(passed.status).toBe(401);
    expect(passed.delayMs).toBe(20);
    expect(api.call('PUT', '/mock/faults', { body: { failStatus: 200 } }).status).toBe(400);
    expect(api.call('DELETE', '/mock/faults').status).toBe(204);
    expect(api.backend.state.faults).toBeNull();
  });

  it('latency applies only to the paths named; the request log counts what was answered, faults included', () => {
    const api = createTestClient();
    const get = (path: string) => api.backend.handle({ method: 'GET', path, query: new URLSearchParams(), headers: { 'x-appwrite-project': PROJECT }, bodyText: '', ip: '127.0.0.1', host: 'localhost' });
    api.call('PUT', '/mock/faults', { body: { latencyMs: 50, paths: ['/account/prefs'] } });
    expect(get('/account').delayMs).toBeUndefined();
    expect(get('/account/prefs').delayMs).toBe(50);
    api.call('PUT', '/mock/faults', { body: { offline: true, paths: ['/account/name'] } });
    api.call('PATCH', '/account/name', { body: { name: 'x' } });
    expect(api.call('GET', '/mock/requests').body.requests).toEqual([
      { method: 'GET', path: '/account', status: 401 },
      { method: 'GET', path: '/account/prefs', status: 401 },
      { method: 'PATCH', path: '/account/name', status: 0 },
    ]);
    expect(api.call('DELETE', '/mock/requests').status).toBe(204);
    expect(api.call('GET', '/mock/requests').body.requests).toEqual([]);
  });

  it('unknown control routes are 404', () => {
    expect(createTestClient().call('GET', '/mock/nothing').body.type).toBe('general_route_not_found');
  });
});

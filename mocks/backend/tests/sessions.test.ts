import { describe, expect, it } from 'vitest';
import { createTestClient, PROJECT } from './test-client.ts';

const SESSION_KEYS = [
  '$id', '$createdAt', '$updatedAt', 'userId', 'expire', 'provider', 'providerUid', 'providerAccessToken',
  'providerAccessTokenExpiry', 'providerRefreshToken', 'ip', 'osCode', 'osName', 'osVersion', 'clientType', 'clientCode',
  'clientName', 'clientVersion', 'clientEngine', 'clientEngineVersion', 'deviceName', 'deviceBrand', 'deviceModel',
  'countryCode', 'countryName', 'current', 'factors', 'secret', 'mfaUpdatedAt',
];

describe('POST /account/sessions/email', () => {
  it('creates a session (201) with the Session model, a fallback cookie and device fields from the User-Agent', () => {
    const api = createTestClient();
    api.signUp();
    const res = api.signIn('GRACE@example.com');
    expect(res.status).toBe(201);
    expect(Object.keys(res.body)).toEqual(SESSION_KEYS);
    expect(res.body).toMatchObject({
      provider: 'email',
      providerUid: 'grace@example.com',
      factors: ['password'],
      current: true,
      secret: '',
      mfaUpdatedAt: '',
      osCode: 'WIN',
      osName: 'Windows',
      osVersion: '10',
      clientType: 'browser',
      clientCode: 'CH',
      clientName: 'Chrome',
      clientVersion: '70.0',
      clientEngine: 'Blink',
      deviceName: 'desktop',
      countryCode: '--',
      countryName: 'Unknown',
    });
    const fallback = JSON.parse(res.headers['X-Fallback-Cookies'] ?? '{}') as Record<string, string>;
    const value = fallback[`a_session_${PROJECT}`] ?? '';
    expect(JSON.parse(atob(value))).toMatchObject({ id: res.body.userId });
    expect((JSON.parse(atob(value)) as { secret: string }).secret).toMatch(/^[0-9a-f]{256}$/);
  });

  it('expires after the project duration (1 year by default)', () => {
    const api = createTestClient();
    api.signUp();
    const res = api.signIn();
    const lifetime = Date.parse(res.body.expire as string) - Date.parse(res.body.$createdAt as string);
    expect(lifetime).toBe(31_536_000 * 1000);
  });

  it('answers one non-revealing 401 for an unknown email and for a wrong password', () => {
    const api = createTestClient();
    api.signUp();
    for (const res of [api.signIn('nobody@example.com'), api.signIn('grace@example.com', 'wrong-password')]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        message: 'Invalid credentials. Please check the email and password.',
        code: 401,
        type: 'user_invalid_credentials',
        version: '1.9.6',
      });
    }
  });

  it('validates the password as 8–256 characters (a 7-character password is a 400, not a 401)', () => {
    const api = createTestClient();
    expect(api.signIn('grace@example.com', 'seven77').body.type).toBe('general_argument_invalid');
  });

  it('refuses a second session while signed in (401 user_session_already_exists)', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    expect(api.signIn().body).toMatchObject({ code: 401, type: 'user_session_already_exists' });
  });

  it('reports a blocked user only after the password matched', () => {
    const api = createTestClient();
    api.signUp();
    const user = api.backend.state.users[0];
    if (user) user.status = false;
    expect(api.signIn('grace@example.com', 'wrong-password').body.type).toBe('user_invalid_credentials');
    expect(api.signIn().body).toMatchObject({ code: 403, type: 'user_blocked' });
  });

  it('also answers on the seed-era alias POST /account/sessions', () => {
    const api = createTestClient();
    api.signUp();
    expect(api.call('POST', '/account/sessions', { body: { email: 'grace@example.com', password: 'hopper-compiler-1952' } }).status).toBe(201);
  });

  it('prunes the oldest sessions above maxSessions', () => {
    const api = createTestClient();
    api.backend.state.project.auths.maxSessions = 2;
    api.signUp();
    const first = api.signIn();
    for (let i = 0; i < 2; i++) {
      api.forgetSession();
      api.signIn();
    }
    const ids = api.backend.state.sessions.map((s) => s.$id);
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain(first.body.$id);
  });
});

describe('GET /account/sessions/{id}', () => {
  it('resolves "current" and an id of the caller; another user\'s session is 404', () => {
    const api = createTestClient();
    api.signUp();
    const created = api.signIn();
    const current = api.call('GET', '/account/sessions/current');
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ $id: created.body.$id, current: true, secret: '' });
    expect(api.call('GET', `/account/sessions/${created.body.$id as string}`).body.$id).toBe(created.body.$id);

    const other = createTestClient();
    other.signUp();
    const foreign = other.signIn().body.$id as string;
    expect(api.call('GET', `/account/sessions/${foreign}`).body).toMatchObject({ code: 404, type: 'user_session_not_found' });
  });
});

describe('DELETE /account/sessions/{id}', () => {
  it('signs out the current session: 204, cookies cleared, X-Fallback-Cookies: []', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    const res = api.call('DELETE', '/account/sessions/current');
    expect(res.status).toBe(204);
    expect(res.headers['X-Fallback-Cookies']).toBe('[]');
    expect(api.call('GET', '/account').body.type).toBe('general_unauthorized_scope');
    expect(api.logs().at(-1)?.event).toBe('session.delete');
  });

  it('deletes another own session without touching the caller\'s', () => {
    const api = createTestClient();
    api.signUp();
    const other = api.signIn().body.$id as string;
    api.forgetSession();
    api.signIn();
    const res = api.call('DELETE', `/account/sessions/${other}`);
    expect(res.status).toBe(204);
    expect(res.headers['X-Fallback-Cookies']).toBeUndefined();
    expect(api.call('GET', '/account').status).toBe(200);
    expect(api.call('DELETE', `/account/sessions/${other}`).body.type).toBe('user_session_not_found');
  });
});

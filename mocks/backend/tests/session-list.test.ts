/** The session list of an account signed in on two devices: list, sign out everywhere, extend. */
import { describe, expect, it } from 'vitest';
import { createTestClient } from './test-client.ts';

function withTwoDevices() {
  const api = createTestClient();
  api.signUp();
  const first = api.signIn().body.$id as string;
  api.forgetSession();
  const current = api.signIn().body.$id as string;
  return { api, first, current };
}

describe('GET /account/sessions', () => {
  it('lists every live session with `current` on the caller\'s own', () => {
    const { api, first, current } = withTwoDevices();
    const res = api.call('GET', '/account/sessions');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(['total', 'sessions']);
    expect(res.body.total).toBe(2);
    const sessions = res.body.sessions as { $id: string; current: boolean; secret: string }[];
    expect(sessions.map((s) => [s.$id, s.current])).toEqual([
      [first, false],
      [current, true],
    ]);
    expect(sessions.every((s) => s.secret === '')).toBe(true);
  });
});

describe('DELETE /account/sessions', () => {
  it('signs out everywhere, including this device', () => {
    const { api } = withTwoDevices();
    const res = api.call('DELETE', '/account/sessions');
    expect(res.status).toBe(204);
    expect(res.headers['X-Fallback-Cookies']).toBe('[]');
    expect(api.backend.state.sessions).toEqual([]);
  });
});

describe('PATCH /account/sessions/{id}', () => {
  it('extends the session by the project duration, with Appwrite\'s current:false quirk', () => {
    const { api, current } = withTwoDevices();
    api.backend.clock.advance(86_400);
    const res = api.call('PATCH', '/account/sessions/current');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ $id: current, current: false, countryName: '' });
    expect(Date.parse(res.body.expire as string)).toBeGreaterThan(Date.now() + 31_536_000_000);
    expect(api.call('PATCH', '/account/sessions/nope').body.type).toBe('user_session_not_found');
  });
});

/** Sessions that start without a password: a guest (anonymous) session, and a token exchanged by createSession. */
import { describe, expect, it } from 'vitest';
import { createTestClient } from './test-client.ts';

describe('POST /account/sessions/anonymous', () => {
  it('creates a guest user and session', () => {
    const api = createTestClient();
    const res = api.call('POST', '/account/sessions/anonymous');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ provider: 'anonymous', providerUid: '', factors: ['anonymous'] });
    const me = api.call('GET', '/account').body;
    expect(me).toMatchObject({ name: '', email: '', passwordUpdate: '', emailCanonical: null, emailIsFree: null, targets: [] });
  });

  it('is refused while signed in and when disabled', () => {
    const api = createTestClient();
    api.call('POST', '/account/sessions/anonymous');
    expect(api.call('POST', '/account/sessions/anonymous').body.type).toBe('user_session_already_exists');
    api.backend.state.project.auths.anonymous = false;
    expect(api.call('POST', '/account/sessions/anonymous', { anonymous: true }).body).toMatchObject({
      code: 501,
      message: 'Anonymous authentication is disabled for this project',
    });
  });
});

describe('POST /account/sessions/token (createSession)', () => {
  function emailCode(api: ReturnType<typeof createTestClient>, email = 'grace@example.com') {
    const token = api.call('POST', '/account/tokens/email', { body: { userId: 'unique()', email } });
    return { userId: token.body.userId as string, secret: api.lastMessage()?.code ?? '' };
  }

  it('exchanges a code for a session (provider token, factor email) and verifies the email', () => {
    const api = createTestClient();
    const { userId, secret } = emailCode(api);
    const res = api.call('POST', '/account/sessions/token', { body: { userId, secret } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ provider: 'token', factors: ['email'], current: true });
    expect(api.call('GET', '/account').body.emailVerification).toBe(true);
  });

  it('refuses a used, expired, wrong or unknown-user token with 401 user_invalid_token', () => {
    const api = createTestClient();
    const { userId, secret } = emailCode(api);
    api.call('POST', '/account/sessions/token', { body: { userId, secret } });
    api.forgetSession();
    expect(api.call('POST', '/account/sessions/token', { body: { userId, secret } }).body.type).toBe('user_invalid_token');
    const fresh = emailCode(api);
    api.backend.clock.advance(15 * 60 + 1);
    expect(api.call('POST', '/account/sessions/token', { body: fresh }).body.type).toBe('user_invalid_token');
    expect(api.call('POST', '/account/sessions/token', { body: { userId, secret: '000000' } }).body.type).toBe('user_invalid_token');
    expect(api.call('POST', '/account/sessions/token', { body: { userId: 'nobody', secret } }).body.type).toBe('user_invalid_token');
  });

  it('gives a blocked user a session whose next call is 403 (no status check here)', () => {
    const api = createTestClient();
    const { userId, secret } = emailCode(api);
    api.user().status = false;
    expect(api.call('POST', '/account/sessions/token', { body: { userId, secret } }).status).toBe(201);
    expect(api.call('GET', '/account').body.type).toBe('user_blocked');
  });
});

describe('deprecated PUT /account/sessions/magic-url and /phone', () => {
  it('accept only their own token kind', () => {
    const api = createTestClient();
    api.call('POST', '/account/tokens/magic-url', { body: { userId: 'unique()', email: 'grace@example.com', url: 'http://localhost/magic' } });
    const link = new URL(api.lastMessage()?.link ?? '');
    const userId = link.searchParams.get('userId') ?? '';
    const secret = link.searchParams.get('secret') ?? '';
    expect(api.call('PUT', '/account/sessions/phone', { body: { userId, secret } }).body.type).toBe('user_invalid_token');
    const res = api.call('PUT', '/account/sessions/magic-url', { body: { userId, secret } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ provider: 'magic-url', factors: ['email'] });

    api.forgetSession();
    api.call('POST', '/account/tokens/phone', { body: { userId: 'unique()', phone: '+14155550123' } });
    const sms = api.lastMessage();
    const phoneUser = api.backend.state.users.find((u) => u.phone === '+14155550123');
    const session = api.call('PUT', '/account/sessions/phone', { body: { userId: phoneUser?.$id, secret: sms?.code } });
    expect(session.body).toMatchObject({ provider: 'phone', factors: ['phone'] });
    expect(api.call('GET', '/account').body.phoneVerification).toBe(true);
  });
});

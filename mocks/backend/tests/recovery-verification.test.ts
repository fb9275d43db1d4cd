import { describe, expect, it } from 'vitest';
import { createTestClient } from './test-client.ts';

const URL_BASE = 'http://localhost:4173';

function linkParams(link: string | null | undefined) {
  const url = new URL(link ?? '');
  return { userId: url.searchParams.get('userId') ?? '', secret: url.searchParams.get('secret') ?? '', expire: url.searchParams.get('expire') ?? '' };
}

describe('password recovery by link', () => {
  it('emails a 1-hour link; confirming sets the password, verifies the email and signs out everywhere', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    const res = api.call('POST', '/account/recovery', { anonymous: true, body: { email: 'GRACE@example.com', url: `${URL_BASE}/recovery` } });
    expect(res.status).toBe(201);
    const mail = api.lastMessage();
    expect(mail).toMatchObject({ subject: 'Password Reset for Account Dashboard', to: 'grace@example.com', toName: 'Grace Hopper' });
    expect(mail?.text).toContain('Reset your Account Dashboard password using the link.');
    const params = linkParams(mail?.link);
    expect(params.secret).toMatch(/^[0-9a-f]{256}$/);

    const done = api.call('PUT', '/account/recovery', { anonymous: true, body: { userId: params.userId, secret: params.secret, password: 'brand-new-secret-1' } });
    expect(done.status).toBe(200);
    expect(done.body.secret).toBe('');
    expect(api.backend.state.sessions).toEqual([]);
    expect(api.user().emailVerification).toBe(true);
    expect(api.signIn('grace@example.com', 'brand-new-secret-1').status).toBe(201);
    // Used once.
    expect(api.call('PUT', '/account/recovery', { anonymous: true, body: { userId: params.userId, secret: params.secret, password: 'another-secret-2' } }).body.type).toBe('user_invalid_token');
  });

  it('reveals unknown (404) and blocked (403) accounts, needs a registered url and SMTP', () => {
    const api = createTestClient();
    api.signUp();
    expect(api.call('POST', '/account/recovery', { body: { email: 'nobody@example.com', url: URL_BASE } }).body.type).toBe('user_not_found');
    expect(api.call('POST', '/account/recovery', { body: { email: 'grace@example.com' } }).body.message).toBe('Param "url" is not optional.');
    expect(api.call('POST', '/account/recovery', { body: { email: 'grace@example.com', url: 'https://evil.example' } }).status).toBe(400);
    api.user().status = false;
    expect(api.call('POST', '/account/recovery', { body: { email: 'grace@example.com', url: URL_BASE } }).body.type).toBe('user_blocked');
    api.backend.state.project.smtp = false;
    expect(api.call('POST', '/account/recovery', { body: { email: 'grace@example.com', url: URL_BASE } }).body).toMatchObject({ code: 503, message: 'SMTP Disabled' });
  });

  it('expires after an hour; an unknown user is 404; a recently used password is refused without burning the link', () => {
    const api = createTestClient();
    api.backend.state.project.auths.passwordHistory = 1;
    api.signUp();
    api.call('POST', '/account/recovery', { body: { email: 'grace@example.com', url: URL_BASE } });
    const { userId, secret } = linkParams(api.lastMessage()?.link);
    expect(api.call('PUT', '/account/recovery', { body: { userId: 'nobody', secret, password: 'brand-new-secret-1' } }).body.type).toBe('user_not_found');
    expect(api.call('PUT', '/account/recovery', { body: { userId, secret, password: 'hopper-compiler-1952' } }).body.type).toBe('password_recently_used');
    api.backend.clock.advance(3601);
    expect(api.call('PUT', '/account/recovery', { body: { userId, secret, password: 'brand-new-secret-1' } }).body.type).toBe('user_invalid_token');
  });
});

describe('password recovery by code (appwrite@28)', () => {
  it('emails a 6-digit code valid 15 minutes; PUT /account/recovery/otp completes it', () => {
    const api = createTestClient();
    api.signUp();
    const res = api.call('POST', '/account/recovery/otp', { body: { email: 'grace@example.com' } });
    expect(res.status).toBe(201);
    const code = api.lastMessage()?.code ?? '';
    expect(code).toMatch(/^\d{6}$/);
    const userId = res.body.userId as string;
    expect(api.call('PUT', '/account/recovery', { body: { userId, secret: code, password: 'brand-new-secret-1' } }).body.type).toBe('user_invalid_token');
    expect(api.call('PUT', '/account/recovery/otp', { body: { userId, secret: code, password: 'brand-new-secret-1' } }).status).toBe(200);
    expect(api.signIn('grace@example.com', 'brand-new-secret-1').status).toBe(201);
  });
});

describe('email verification', () => {
  it('link: signed-in request, signed-out confirmation, then 409 already verified', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    const res = api.call('POST', '/account/verifications/email', { body: { url: `${URL_BASE}/verify-email` } });
    expect(res.status).toBe(201);
    const mail = api.lastMessage();
    expect(mail?.subject).toBe('Account Verification for Account Dashboard');
    expect(mail?.text).toContain('Verify your email to activate your Account Dashboard account.');
    const { userId, secret, expire } = linkParams(mail?.link);
    expect(expire).toBe(res.body.expire);
    expect(api.call('PUT', '/account/verifications/email', { anonymous: true, body: { userId, secret } }).status).toBe(200);
    expect(api.call('GET', '/account').body.emailVerification).toBe(true);
    expect(api.call('POST', '/account/verifications/email', { body: { url: URL_BASE } }).body).toMatchObject({ code: 409, type: 'user_email_already_verified' });
  });

  it('has the seed-era alias /account/verification, an OTP variant, and 400 for accounts without email', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    expect(api.call('POST', '/account/verification', { body: { url: URL_BASE } }).status).toBe(201);
    const otp = api.call('POST', '/account/verifications/email/otp');
    const code = api.lastMessage()?.code ?? '';
    expect(api.call('PUT', '/account/verifications/email/otp', { body: { userId: otp.body.userId, secret: code } }).status).toBe(200);

    const guest = createTestClient();
    guest.call('POST', '/account/sessions/anonymous');
    expect(guest.call('POST', '/account/verifications/email', { body: { url: URL_BASE } }).body.type).toBe('user_email_not_found');
  });

  it('expires after an hour (not the 7 days the docs claim)', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    api.call('POST', '/account/verifications/email', { body: { url: URL_BASE } });
    const { userId, secret } = linkParams(api.lastMessage()?.link);
    api.backend.clock.advance(3601);
    expect(api.call('PUT', '/account/verifications/email', { body: { userId, secret } }).body.type).toBe('user_invalid_token');
  });
});

describe('phone verification', () => {
  it('texts a code; confirming verifies the phone; then 409; 400 without a phone; 503 without SMS', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    expect(api.call('POST', '/account/verifications/phone').body.type).toBe('user_phone_not_found');
    api.call('PATCH', '/account/phone', { body: { phone: '+14155550123', password: 'hopper-compiler-1952' } });
    const res = api.call('POST', '/account/verifications/phone');
    expect(res.status).toBe(201);
    const code = api.lastMessage()?.code ?? '';
    expect(api.call('PUT', '/account/verifications/phone', { body: { userId: res.body.userId, secret: '000000' === code ? '111111' : '000000' } }).body.type).toBe('user_invalid_token');
    expect(api.call('PUT', '/account/verification/phone', { body: { userId: res.body.userId, secret: code } }).status).toBe(200);
    expect(api.call('GET', '/account').body.phoneVerification).toBe(true);
    expect(api.call('POST', '/account/verification/phone').body.type).toBe('user_phone_already_verified');
    api.backend.state.project.sms = false;
    expect(api.call('POST', '/account/verifications/phone').body.code).toBe(503);
  });

  it('is refused with 501 user_auth_method_unsupported while phone sign-in is off, before the action runs', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    api.backend.state.project.auths.phone = false;
    const res = api.call('POST', '/account/verifications/phone');
    expect(res.status).toBe(501);
    expect(res.body).toMatchObject({ type: 'user_auth_method_unsupported', message: 'Phone authentication is disabled for this project' });
    expect(api.call('POST', '/account/verification/phone').status).toBe(501);
    expect(api.backend.state.messages).toHaveLength(0);
  });
});

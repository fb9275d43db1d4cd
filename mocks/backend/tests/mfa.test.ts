import { describe, expect, it } from 'vitest';
import { totpCode } from '../totp.ts';
import { createTestClient } from './test-client.ts';

function enrolled() {
  const api = createTestClient();
  api.signUp();
  api.signIn();
  const added = api.call('POST', '/account/mfa/authenticators/totp');
  const secret = added.body.secret as string;
  const now = () => api.backend.clock.now();
  api.call('PUT', '/account/mfa/authenticators/totp', { body: { otp: totpCode(secret, now()) } });
  const codes = api.call('POST', '/account/mfa/recovery-codes').body.recoveryCodes as string[];
  api.call('PATCH', '/account/mfa', { body: { mfa: true } });
  return { api, secret, codes, now };
}

describe('TOTP authenticator', () => {
  it('add (200 {secret, uri}) → verify with a real RFC 6238 code → factors say totp', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    const added = api.call('POST', '/account/mfa/authenticators/TOTP');
    expect(added.status).toBe(200);
    expect(Object.keys(added.body)).toEqual(['secret', 'uri']);
    expect(added.body.uri).toMatch(/^otpauth:\/\/totp\/Account%20Dashboard:grace%40example\.com\?/);
    expect(api.call('PUT', '/account/mfa/authenticators/totp', { body: { otp: '000000' } }).body.type).toBe('user_invalid_token');
    const ok = api.call('PUT', '/account/mfa/authenticators/totp', { body: { otp: totpCode(added.body.secret as string, api.backend.clock.now()) } });
    expect(ok.status).toBe(200);
    expect(api.call('GET', '/account/mfa/factors').body).toEqual({ totp: true, phone: false, email: false, recoveryCode: false, custom: false });
    expect(api.call('POST', '/account/mfa/authenticators/totp').body.type).toBe('user_authenticator_already_verified');
    expect(api.call('POST', '/account/mfa/authenticators/sms').status).toBe(400);
  });

  it('verify without an authenticator is 404', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    expect(api.call('PUT', '/account/mfa/authenticators/totp', { body: { otp: '123456' } }).body.type).toBe('user_authenticator_not_found');
  });
});

describe('MFA gate and challenges', () => {
  it('a one-factor session gets 401 user_more_factors_required except on the mfa routes and logout', () => {
    const { api, secret, now } = enrolled();
    expect(api.call('GET', '/account').status).toBe(200); // enabling counted the verified factor for this session
    api.forgetSession();
    api.signIn();
    expect(api.call('GET', '/account').body).toMatchObject({ code: 401, type: 'user_more_factors_required' });
    expect(api.call('GET', '/account/mfa/factors').status).toBe(200);
    const challenge = api.call('POST', '/account/mfa/challenges', { body: { factor: 'totp' } });
    expect(challenge.status).toBe(201);
    expect(Object.keys(challenge.body)).toEqual(['$id', '$createdAt', 'userId', 'expire']);
    const done = api.call('PUT', '/account/mfa/challenges', { body: { challengeId: challenge.body.$id, otp: totpCode(secret, now()) } });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ current: false, countryName: '', factors: ['password', 'totp'] });
    expect(done.body.mfaUpdatedAt).not.toBe('');
    expect(api.call('GET', '/account').status).toBe(200);
  });

  it('email challenge sends a code; a recovery code works once; the SDK-25 "recoverycode" spelling never completes', () => {
    const { api, codes } = enrolled();
    api.user().emailVerification = true;
    api.forgetSession();
    api.signIn();
    const email = api.call('POST', '/account/mfa/challenge', { body: { factor: 'email' } });
    const mail = api.lastMessage();
    expect(mail?.code).toMatch(/^\d{6}$/);
    expect(api.call('PUT', '/account/mfa/challenge', { body: { challengeId: email.body.$id, otp: mail?.code } }).status).toBe(200);

    api.forgetSession();
    api.signIn();
    const wrongSpelling = api.call('POST', '/account/mfa/challenges', { body: { factor: 'recoverycode' } });
    expect(api.call('PUT', '/account/mfa/challenges', { body: { challengeId: wrongSpelling.body.$id, otp: codes[0] } }).body.type).toBe('user_invalid_token');
    const recovery = api.call('POST', '/account/mfa/challenges', { body: { factor: 'recoveryCode' } });
    expect(api.call('PUT', '/account/mfa/challenges', { body: { challengeId: recovery.body.$id, otp: codes[0] } }).status).toBe(200);
    expect(api.user().recoveryCodes).toHaveLength(5);
  });

  it('challenge errors: unverified email/phone, unknown challenge, expired after 1 h', () => {
    const { api } = enrolled();
    expect(api.call('POST', '/account/mfa/challenges', { body: { factor: 'email' } }).body.type).toBe('user_email_not_verified');
    expect(api.call('POST', '/account/mfa/challenges', { body: { factor: 'phone' } }).body.type).toBe('user_phone_not_found');
    expect(api.call('POST', '/account/mfa/challenges', { body: { factor: 'custom' } }).body.code).toBe(501);
    expect(api.call('PUT', '/account/mfa/challenges', { body: { challengeId: 'nope', otp: '123456' } }).body.type).toBe('user_invalid_token');
    const totp = api.call('POST', '/account/mfa/challenges', { body: { factor: 'totp' } });
    api.backend.clock.advance(3601);
    expect(api.call('PUT', '/account/mfa/challenges', { body: { challengeId: totp.body.$id, otp: '123456' } }).body.type).toBe('user_invalid_token');
  });
});

describe('recovery codes and recent-challenge protection', () => {
  it('6 codes of 10 hex once (409 after); reading/regenerating/deleting TOTP need a challenge within 30 minutes', () => {
    const { api, codes, secret, now } = enrolled();
    expect(codes).toHaveLength(6);
    expect(codes.every((c) => /^[0-9a-f]{10}$/.test(c))).toBe(true);
    expect(api.call('POST', '/account/mfa/recovery-codes').body.type).toBe('user_recovery_codes_already_exists');
    expect(api.call('GET', '/account/mfa/recovery-codes').body.type).toBe('user_challenge_required');
    const challenge = api.call('POST', '/account/mfa/challenges', { body: { factor: 'totp' } });
    api.call('PUT', '/account/mfa/challenges', { body: { challengeId: challenge.body.$id, otp: totpCode(secret, now()) } });
    expect(api.call('GET', '/account/mfa/recovery-codes').body.recoveryCodes).toEqual(codes);
    const fresh = api.call('PATCH', '/account/mfa/recovery-codes').body.recoveryCodes as string[];
    expect(fresh).not.toEqual(codes);
    api.backend.clock.advance(1801);
    expect(api.call('DELETE', '/account/mfa/authenticators/totp').body.type).toBe('user_challenge_required');
  });

  it('delete TOTP: 204 within the window, then 404', () => {
    const { api, secret, now } = enrolled();
    const challenge = api.call('POST', '/account/mfa/challenges', { body: { factor: 'totp' } });
    api.call('PUT', '/account/mfa/challenges', { body: { challengeId: challenge.body.$id, otp: totpCode(secret, now()) } });
    expect(api.call('DELETE', '/account/mfa/authenticators/totp').status).toBe(204);
    expect(api.call('DELETE', '/account/mfa/authenticators/totp').body.type).toBe('user_authenticator_not_found');
    expect(api.user().mfa).toBe(true);
  });

  it('without codes: GET/PATCH are 404 once challenged', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    const session = api.backend.state.sessions[0];
    if (session) session.mfaUpdatedAt = api.backend.clock.now();
    expect(api.call('GET', '/account/mfa/recovery-codes').body.type).toBe('user_recovery_codes_not_found');
    expect(api.call('PATCH', '/account/mfa/recovery-codes').body.type).toBe('user_recovery_codes_not_found');
  });

  it('PATCH /account/mfa needs a strict boolean', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    expect(api.call('PATCH', '/account/mfa', { body: { mfa: 'true' } }).status).toBe(400);
    expect(api.call('PATCH', '/account/mfa', { body: { mfa: true } }).body.mfa).toBe(true);
  });
});

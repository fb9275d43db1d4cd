import { describe, expect, it } from 'vitest';
import { createSignedInClient, createTestClient } from './test-client.ts';

describe('DELETE /account', () => {
  it('deletes the user and everything attached, and signs out (204)', () => {
    const api = createSignedInClient();
    const res = api.call('DELETE', '/account');
    expect(res.status).toBe(204);
    expect(res.headers['X-Fallback-Cookies']).toBe('[]');
    expect(api.backend.state.users).toEqual([]);
    expect(api.backend.state.sessions).toEqual([]);
    expect(api.signIn().body.type).toBe('user_invalid_credentials');
  });
});

describe('PATCH /account/password', () => {
  it('needs the current password when the account has one (401 user_invalid_credentials)', () => {
    const api = createSignedInClient();
    expect(api.call('PATCH', '/account/password', { body: { password: 'new-password-1' } }).body.type).toBe('user_invalid_credentials');
    expect(api.call('PATCH', '/account/password', { body: { password: 'new-password-1', oldPassword: 'wrong-password' } }).status).toBe(401);
    const ok = api.call('PATCH', '/account/password', { body: { password: 'new-password-1', oldPassword: 'hopper-compiler-1952' } });
    expect(ok.status).toBe(200);
    expect(ok.body.passwordUpdate).not.toBe('');
  });

  it('signs out every other session when invalidateSessions is on (default), and none when off', () => {
    const api = createSignedInClient();
    api.forgetSession();
    api.signIn(); // second device
    api.forgetSession();
    api.signIn(); // this device
    expect(api.backend.state.sessions).toHaveLength(3);
    api.call('PATCH', '/account/password', { body: { password: 'new-password-1', oldPassword: 'hopper-compiler-1952' } });
    expect(api.backend.state.sessions).toHaveLength(1);
    expect(api.call('GET', '/account').status).toBe(200);

    api.backend.state.project.auths.invalidateSessions = false;
    api.forgetSession();
    api.signIn('grace@example.com', 'new-password-1');
    api.call('PATCH', '/account/password', { body: { password: 'new-password-2', oldPassword: 'new-password-1' } });
    expect(api.backend.state.sessions).toHaveLength(2);
  });

  it('applies the project policies: history, personal data, dictionary', () => {
    const api = createSignedInClient({}, (a) => {
      Object.assign(a.backend.state.project.auths, { passwordHistory: 2, personalDataCheck: true, passwordDictionary: true });
    });
    const change = (password: string, oldPassword: string) => api.call('PATCH', '/account/password', { body: { password, oldPassword } });
    expect(change('hopper-compiler-1952', 'hopper-compiler-1952').body.type).toBe('password_recently_used');
    expect(change('my-name-is-grace-hopper', 'hopper-compiler-1952').body.type).toBe('password_personal_data');
    const common = change('password1', 'hopper-compiler-1952');
    expect(common.body).toMatchObject({
      type: 'general_argument_invalid',
      message: 'Invalid `password` param: Password must be between 8 and 265 characters long, and should not be one of the commonly used password.',
    });
    expect(change('a-fresh-secret-77', 'hopper-compiler-1952').status).toBe(200);
  });

  it('lets a password-less (guest) account set a first password without oldPassword', () => {
    const api = createTestClient();
    api.call('POST', '/account/sessions/anonymous');
    const res = api.call('PATCH', '/account/password', { body: { password: 'first-password-1' } });
    expect(res.status).toBe(200);
  });
});

describe('PATCH /account/email', () => {
  it('changes the email, lower-cases it and resets verification', () => {
    const api = createSignedInClient();
    api.user().emailVerification = true;
    const res = api.call('PATCH', '/account/email', { body: { email: 'Amazing.Grace@Example.com', password: 'hopper-compiler-1952' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ email: 'amazing.grace@example.com', emailVerification: false });
    expect(res.body.targets).toEqual([expect.objectContaining({ providerType: 'email', identifier: 'amazing.grace@example.com' })]);
  });

  it('refuses a wrong password (401) and an address another account uses (409 user_target_already_exists)', () => {
    const api = createSignedInClient();
    api.call('POST', '/account', { anonymous: true, body: { userId: 'unique()', email: 'taken@example.com', password: 'password-123' } });
    expect(api.call('PATCH', '/account/email', { body: { email: 'new@example.com', password: 'wrong-password' } }).body.type).toBe('user_invalid_credentials');
    expect(api.call('PATCH', '/account/email', { body: { email: 'TAKEN@example.com', password: 'hopper-compiler-1952' } }).body).toMatchObject({
      code: 409,
      type: 'user_target_already_exists',
    });
  });

  it('turns a guest into a full account: the given password becomes the password', () => {
    const api = createTestClient();
    api.call('POST', '/account/sessions/anonymous');
    const res = api.call('PATCH', '/account/email', { body: { email: 'guest@example.com', password: 'guest-password-1' } });
    expect(res.status).toBe(200);
    expect(res.body.passwordUpdate).not.toBe('');
    api.call('DELETE', '/account/sessions/current');
    expect(api.signIn('guest@example.com', 'guest-password-1').status).toBe(201);
  });
});

describe('PATCH /account/phone', () => {
  it('sets an E.164 number, resets verification and adds an sms target', () => {
    const api = createSignedInClient();
    const res = api.call('PATCH', '/account/phone', { body: { phone: '+14155550123', password: 'hopper-compiler-1952' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ phone: '+14155550123', phoneVerification: false });
    expect(api.call('PATCH', '/account/phone', { body: { phone: '4155550123', password: 'hopper-compiler-1952' } }).body.message).toBe(
      "Invalid `phone` param: Phone number must start with a '+' can have a maximum of fifteen digits.",
    );
  });

  it('refuses a number another account uses (409) and a wrong password (401)', () => {
    const api = createSignedInClient();
    api.call('PATCH', '/account/phone', { body: { phone: '+14155550123', password: 'hopper-compiler-1952' } });
    const other = api;
    other.forgetSession();
    other.signUp('other@example.com');
    other.signIn('other@example.com');
    expect(other.call('PATCH', '/account/phone', { body: { phone: '+14155550123', password: 'hopper-compiler-1952' } }).body.type).toBe('user_target_already_exists');
    expect(other.call('PATCH', '/account/phone', { body: { phone: '+14155550999', password: 'wrong-password' } }).body.type).toBe('user_invalid_credentials');
  });
});

describe('prefs', () => {
  it('GET returns {} at first; PATCH replaces the whole object', () => {
    const api = createSignedInClient();
    expect(api.call('GET', '/account/prefs').body).toEqual({});
    api.call('PATCH', '/account/prefs', { body: { prefs: { theme: 'dark', nested: { a: [1, 2] } } } });
    const res = api.call('PATCH', '/account/prefs', { body: { prefs: { locale: 'de' } } });
    expect(res.body.prefs).toEqual({ locale: 'de' });
    expect(api.call('GET', '/account/prefs').body).toEqual({ locale: 'de' });
  });

  it('accepts {} and [] but refuses other arrays and scalars', () => {
    const api = createSignedInClient();
    expect(api.call('PATCH', '/account/prefs', { body: { prefs: [] } }).status).toBe(200);
    for (const prefs of [[1], 'text', 3, true]) {
      expect(api.call('PATCH', '/account/prefs', { body: { prefs } }).body.message).toBe('Invalid `prefs` param: Value must be a valid object.');
    }
  });

  it('measures the 65 535-byte limit as PHP json_encode does (escaped "/" and \\uXXXX)', () => {
    const api = createSignedInClient();
    const fill = (n: number, char = 'x') => ({ k: char.repeat(n) });
    // {"k":"…"} is 8 bytes around the value: 65 527 + 8 = 65 535 bytes is the most that is stored.
    expect(api.call('PATCH', '/account/prefs', { body: { prefs: fill(65_527) } }).status).toBe(200);
    expect(api.call('PATCH', '/account/prefs', { body: { prefs: fill(65_528) } }).status).toBe(400);
    // DEL is one byte, like any ASCII character.
    expect(api.call('PATCH', '/account/prefs', { body: { prefs: fill(65_527, '\u007f') } }).status).toBe(200);
    // "é" is 6 bytes once escaped: 10 000 of them are too many although the UTF-8 size is 20 000.
    expect(api.call('PATCH', '/account/prefs', { body: { prefs: fill(11_000, 'é') } }).status).toBe(400);
  });
});

describe('PATCH /account/status', () => {
  it('blocks the account: cookies cleared, later calls and sign-ins 403 user_blocked, until an admin unblocks', () => {
    const api = createSignedInClient();
    const res = api.call('PATCH', '/account/status');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe(false);
    expect(res.headers['X-Fallback-Cookies']).toBe('[]');
    api.forgetSession();
    expect(api.signIn().body).toMatchObject({ code: 403, type: 'user_blocked' });
    const id = api.user().$id;
    expect(api.call('PATCH', `/mock/users/${id}`, { body: { status: true } }).body.status).toBe(true);
    expect(api.signIn().status).toBe(201);
  });
});

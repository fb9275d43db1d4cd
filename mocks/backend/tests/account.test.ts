import { describe, expect, it } from 'vitest';
import { createTestClient } from './test-client.ts';

const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00$/;

describe('POST /account', () => {
  it('creates the user (201) and renders the Account model in model order with no session', () => {
    const api = createTestClient();
    const res = api.signUp('Grace@Example.com');
    expect(res.status).toBe(201);
    expect(Object.keys(res.body)).toEqual([
      '$id', '$createdAt', '$updatedAt', 'name', 'registration', 'status', 'labels', 'passwordUpdate', 'email', 'phone',
      'emailVerification', 'emailCanonical', 'emailIsFree', 'emailIsDisposable', 'emailIsCorporate', 'emailIsCanonical',
      'phoneVerification', 'mfa', 'prefs', 'targets', 'accessedAt', 'impersonator', 'impersonatorUserId',
    ]);
    expect(res.body.$id).toMatch(/^[0-9a-f]{20}$/);
    expect(res.body.$createdAt).toMatch(DATE);
    expect(res.body.email).toBe('grace@example.com');
    expect(res.body).toMatchObject({ name: 'Grace Hopper', status: true, emailVerification: false, prefs: {}, labels: [], impersonatorUserId: null });
    expect(res.body.targets).toEqual([expect.objectContaining({ providerType: 'email', identifier: 'grace@example.com', providerId: null })]);
    expect(res.headers['X-Fallback-Cookies']).toBeUndefined();
    expect(api.call('GET', '/account').status).toBe(401);
  });

  it('accepts a custom id and refuses a duplicate id or email with 409 user_already_exists', () => {
    const api = createTestClient();
    expect(api.call('POST', '/account', { body: { userId: 'grace', email: 'a@example.com', password: 'password-123' } }).body.$id).toBe('grace');
    const sameId = api.call('POST', '/account', { body: { userId: 'grace', email: 'b@example.com', password: 'password-123' } });
    const sameEmail = api.call('POST', '/account', { body: { userId: 'unique()', email: 'A@example.com', password: 'password-123' } });
    for (const res of [sameId, sameEmail]) {
      expect(res.status).toBe(409);
      expect(res.body).toEqual({
        message: 'A user with the same id, email, or phone already exists in this project.',
        code: 409,
        type: 'user_already_exists',
        version: '1.9.6',
      });
    }
  });

  it.each([
    [{ email: 'a@example.com', password: 'password-123' }, 'Param "userId" is not optional.'],
    [{ userId: '_bad', email: 'a@example.com', password: 'password-123' }, 'Invalid `userId` param: Parameter must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, period, hyphen, and underscore. Can\'t start with a special char'],
    [{ userId: 'unique()', email: 'not-an-email', password: 'password-123' }, 'Invalid `email` param: Value must be a valid email address'],
    [{ userId: 'unique()', email: 'a@example.com', password: 'short' }, 'Invalid `password` param: Password must be between 8 and 256 characters long.'],
    [{ userId: 'unique()', email: 'a@example.com', password: 'x'.repeat(257) }, 'Invalid `password` param: Password must be between 8 and 256 characters long.'],
    [{ userId: 'unique()', email: 'a@example.com', password: 'password-123', name: 'n'.repeat(129) }, 'Invalid `name` param: Value must be a valid string and no longer than 128 chars'],
    [{ userId: 'unique()', email: 42, password: 'password-123' }, 'Invalid `email` param: Value must be a valid email address'],
  ])('rejects bad params with 400 general_argument_invalid (%j)', (body, message) => {
    const res = createTestClient().call('POST', '/account', { body });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ message, code: 400, type: 'general_argument_invalid', version: '1.9.6' });
  });

  it('counts the name in code points, like mb_strlen', () => {
    const res = createTestClient().call('POST', '/account', {
      body: { userId: 'unique()', email: 'a@example.com', password: 'password-123', name: '😀'.repeat(128) },
    });
    expect(res.status).toBe(201);
  });

  it('answers 501 when email/password sign-up is disabled', () => {
    const api = createTestClient();
    api.backend.state.project.auths.emailPassword = false;
    const res = api.signUp();
    expect(res.status).toBe(501);
    expect(res.body).toMatchObject({ type: 'user_auth_method_unsupported', message: 'Email / Password authentication is disabled for this project' });
  });

  it('writes a user.create log row for the new user', () => {
    const api = createTestClient();
    const id = api.signUp().body.$id;
    expect(api.logs()).toEqual([expect.objectContaining({ event: 'user.create', userId: id, clientName: 'Chrome', osName: 'Windows' })]);
  });
});

describe('GET /account', () => {
  it('is 401 general_unauthorized_scope for guests, with Appwrite\'s exact message', () => {
    const res = createTestClient().call('GET', '/account');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      message: 'User (role: guests) missing scopes (["account"])',
      code: 401,
      type: 'general_unauthorized_scope',
      version: '1.9.6',
    });
  });

  it('returns the signed-in account', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    const res = api.call('GET', '/account');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ email: 'grace@example.com', name: 'Grace Hopper' });
  });
});

describe('PATCH /account/name', () => {
  it('updates the name and returns the account', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    const res = api.call('PATCH', '/account/name', { body: { name: 'Rear Admiral Hopper' } });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Rear Admiral Hopper');
    expect(api.call('GET', '/account').body.name).toBe('Rear Admiral Hopper');
    expect(api.logs().at(-1)?.event).toBe('user.update');
  });

  it('requires a name of 1–128 characters', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    expect(api.call('PATCH', '/account/name', { body: { name: '' } }).body.message).toBe(
      'Invalid `name` param: Value must be a valid string and at least 1 chars and no longer than 128 chars',
    );
    expect(api.call('PATCH', '/account/name', { body: {} }).body.message).toBe('Param "name" is not optional.');
    expect(api.call('PATCH', '/account/name', { body: { name: 'x'.repeat(129) } }).status).toBe(400);
  });

  it('is refused to guests before params are validated', () => {
    expect(createTestClient().call('PATCH', '/account/name', { body: {} }).body.type).toBe('general_unauthorized_scope');
  });
});

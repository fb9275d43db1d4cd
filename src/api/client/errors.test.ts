import { AppwriteException } from 'appwrite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountError, callApi, isBlockedError, isSecondFactorRequired, isSignedOutError, registerErrorMessages, toAccountError } from './errors.ts';

describe('toAccountError', () => {
  it('keeps status, type and server message, and picks the message key by type', () => {
    const error = toAccountError(new AppwriteException('Invalid credentials. Please check the email and password.', 401, 'user_invalid_credentials', '{}'));
    expect(error).toBeInstanceOf(AccountError);
    expect(error).toMatchObject({ status: 401, type: 'user_invalid_credentials', messageKey: 'errors.invalidCredentials', param: undefined });
    expect(error.serverMessage).toBe('Invalid credentials. Please check the email and password.');
  });

  it.each([
    ['Invalid `email` param: Value must be a valid email address', 'email'],
    ['Param "userId" is not optional.', 'userId'],
  ])('extracts the rejected param from a 400 (%s)', (message, param) => {
    expect(toAccountError(new AppwriteException(message, 400, 'general_argument_invalid')).param).toBe(param);
  });

  it.each([
    [429, 'general_rate_limit_exceeded', 'errors.rateLimited'],
    [409, 'user_already_exists', 'errors.userAlreadyExists'],
    [403, 'user_blocked', 'errors.blocked'],
    [501, 'user_auth_method_unsupported', 'errors.methodDisabled'],
    [500, 'general_server_error', 'errors.server'],
    [503, 'some_new_type', 'errors.server'],
    [418, 'some_new_type', 'errors.unknown'],
  ])('maps %i %s to %s', (status, type, key) => {
    expect(toAccountError(new AppwriteException('x', status, type)).messageKey).toBe(key);
  });

  it('treats a body without a type (non-JSON error page) by its status', () => {
    const error = toAccountError(new AppwriteException('<html>Bad gateway</html>', 502, ''));
    expect(error).toMatchObject({ status: 502, type: 'http_502', messageKey: 'errors.server' });
  });

  it('turns a failed fetch (TypeError) into an offline error', () => {
    const error = toAccountError(new TypeError('Failed to fetch'));
    expect(error).toMatchObject({ status: 0, type: 'network_failure', messageKey: 'errors.offline' });
    expect(error.isOffline).toBe(true);
  });

  it('wraps anything else as unknown and passes AccountErrors through', () => {
    expect(toAccountError('boom')).toMatchObject({ status: 0, type: 'unknown', messageKey: 'errors.unknown' });
    const existing = toAccountError(new AppwriteException('x', 404, 'user_not_found'));
    expect(toAccountError(existing)).toBe(existing);
  });

  it('recognises "signed out" only as 401 general_unauthorized_scope', () => {
    expect(isSignedOutError(toAccountError(new AppwriteException('User (role: guests) missing scopes (["account"])', 401, 'general_unauthorized_scope')))).toBe(true);
    expect(isSignedOutError(toAccountError(new AppwriteException('x', 401, 'user_invalid_credentials')))).toBe(false);
  });

  it('callApi rethrows SDK failures normalised', async () => {
    await expect(callApi(() => Promise.reject(new AppwriteException('x', 429, 'general_rate_limit_exceeded')))).rejects.toMatchObject({
      name: 'AccountError',
      status: 429,
    });
    await expect(callApi(() => Promise.resolve(7))).resolves.toBe(7);
  });
});

/** Every Appwrite error type the app words itself; anything else falls back to its status. */
const MESSAGE_BY_TYPE: [status: number, type: string, key: string][] = [
  [401, 'user_invalid_credentials', 'errors.invalidCredentials'],
  [401, 'user_invalid_token', 'errors.invalidToken'],
  [409, 'user_target_already_exists', 'errors.alreadyUsed'],
  [409, 'user_email_already_exists', 'errors.alreadyUsed'],
  [409, 'user_phone_already_exists', 'errors.alreadyUsed'],
  [400, 'password_recently_used', 'errors.passwordRecentlyUsed'],
  [400, 'password_personal_data', 'errors.passwordPersonalData'],
  [503, 'general_smtp_disabled', 'errors.smtpDisabled'],
  [503, 'general_phone_disabled', 'errors.phoneDisabled'],
  [409, 'user_already_exists', 'errors.userAlreadyExists'],
  [401, 'user_session_already_exists', 'errors.sessionAlreadyExists'],
  [401, 'general_unauthorized_scope', 'errors.unauthorized'],
  [401, 'user_unauthorized', 'errors.unauthorized'],
  [401, 'user_blocked', 'errors.blocked'],
  [501, 'user_auth_method_unsupported', 'errors.methodDisabled'],
  [429, 'general_rate_limit_exceeded', 'errors.rateLimited'],
  [400, 'general_argument_invalid', 'errors.invalidArgument'],
  [404, 'user_not_found', 'errors.notFound'],
  [404, 'user_session_not_found', 'errors.notFound'],
];

describe('toAccountError: the message for each Appwrite error type', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  // A status that alone would pick another message, so the type is what decides.
  it.each(MESSAGE_BY_TYPE)('%i %s → %s (also under a status that would say otherwise)', (status, type, key) => {
    expect(toAccountError(new AppwriteException('x', status, type)).messageKey).toBe(key);
    expect(toAccountError(new AppwriteException('x', 418, type)).messageKey).toBe(key);
  });

  it('words a 429 without a type as rate limited, with the end of the window to wait for', () => {
    const now = Date.UTC(2026, 10, 29, 10, 20, 0);
    vi.spyOn(Date, 'now').mockReturnValue(now);
    const error = toAccountError(new AppwriteException('Too many requests', 429, ''));
    expect(error).toMatchObject({ status: 429, type: 'http_429', messageKey: 'errors.rateLimited' });
    expect(error.retryAt).toBe(Date.UTC(2026, 10, 29, 11, 0, 0));
  });

  it('gives a retry time only to a 429', () => {
    expect(toAccountError(new AppwriteException('x', 503, 'general_server_error')).retryAt).toBeUndefined();
    expect(toAccountError(new AppwriteException('x', 400, 'general_argument_invalid')).retryAt).toBeUndefined();
  });

  it.each([
    [499, 'errors.unknown'],
    [500, 'errors.server'],
    [428, 'errors.unknown'],
    [430, 'errors.unknown'],
  ])('an untyped %i is %s', (status, key) => {
    expect(toAccountError(new AppwriteException('x', status, '')).messageKey).toBe(key);
  });

  it('reads a param only from general_argument_invalid', () => {
    expect(toAccountError(new AppwriteException('Invalid `email` param: nope', 409, 'user_already_exists')).param).toBeUndefined();
    expect(toAccountError(new AppwriteException('No param named here', 400, 'general_argument_invalid')).param).toBeUndefined();
  });

  it('calls an error thrown while the browser is offline a network failure, whatever it is', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const error = toAccountError(new Error('Load failed'));
    expect(error).toMatchObject({ status: 0, type: 'network_failure', messageKey: 'errors.offline', serverMessage: 'Error: Load failed' });
    expect(error.isOffline).toBe(true);
  });

  it('keeps the message of a plain Error when online, and is not offline', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    const cause = new Error('Something specific broke');
    const error = toAccountError(cause);
    expect(error).toMatchObject({ status: 0, type: 'unknown', messageKey: 'errors.unknown', serverMessage: 'Something specific broke', message: 'Something specific broke' });
    expect(error.cause).toBe(cause);
    expect(error.isOffline).toBe(false);
  });

  it('works where there is no navigator (Node, server rendering)', () => {
    vi.stubGlobal('navigator', undefined);
    expect(toAccountError(new Error('x'))).toMatchObject({ type: 'unknown', serverMessage: 'x' });
  });

  it('does not take an SDK error without an HTTP status (code 0) for a server answer', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    expect(toAccountError(new AppwriteException('Network request failed', 0, ''))).toMatchObject({ status: 0, type: 'unknown', serverMessage: 'Network request failed' });
  });

  it('uses messages registered by modules that load later, and leaves the others alone', () => {
    const type = `made_up_type_${String(Math.random()).slice(2)}`; // new on every run: registering cannot be undone
    expect(toAccountError(new AppwriteException('x', 400, type)).messageKey).toBe('errors.unknown');
    registerErrorMessages({ [type]: 'errors.invalidToken' });
    expect(toAccountError(new AppwriteException('x', 400, type)).messageKey).toBe('errors.invalidToken');
    expect(toAccountError(new AppwriteException('x', 401, 'user_invalid_credentials')).messageKey).toBe('errors.invalidCredentials');
  });
});

describe('what an error means for the session', () => {
  const make = (status: number, type: string) => toAccountError(new AppwriteException('x', status, type));

  it('signed out is a 401 general_unauthorized_scope only: a 403 with that type (a key without the scope) is not', () => {
    expect(isSignedOutError(make(401, 'general_unauthorized_scope'))).toBe(true);
    expect(isSignedOutError(make(403, 'general_unauthorized_scope'))).toBe(false);
    expect(isSignedOutError(make(401, 'user_unauthorized'))).toBe(false);
    expect(isSignedOutError(new Error('general_unauthorized_scope'))).toBe(false);
  });

  it('a second factor is required on a 401 user_more_factors_required only', () => {
    expect(isSecondFactorRequired(make(401, 'user_more_factors_required'))).toBe(true);
    expect(isSecondFactorRequired(make(403, 'user_more_factors_required'))).toBe(false);
    expect(isSecondFactorRequired(make(401, 'general_unauthorized_scope'))).toBe(false);
    expect(isSecondFactorRequired({ status: 401, type: 'user_more_factors_required' })).toBe(false);
  });

  it('blocked is a 403 user_blocked only', () => {
    expect(isBlockedError(make(403, 'user_blocked'))).toBe(true);
    expect(isBlockedError(make(401, 'user_blocked'))).toBe(false);
    expect(isBlockedError(make(403, 'general_unauthorized_scope'))).toBe(false);
    expect(isBlockedError({ status: 403, type: 'user_blocked' })).toBe(false);
  });

  it('an AccountError is an Error named AccountError whose message is the server message', () => {
    const error = make(404, 'user_not_found');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AccountError');
    expect(error.message).toBe('x');
  });
});

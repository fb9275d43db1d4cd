import { AppwriteException } from 'appwrite';
import { describe, expect, it } from 'vitest';
import { AccountError, callApi, isSignedOutError, toAccountError } from './errors.ts';

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

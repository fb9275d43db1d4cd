import { AppwriteException } from 'appwrite';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../lib/i18n/i18n.ts';
import { toAccountError } from './errors.ts';
import { applyServerError } from './form-errors.ts';

type Form = { email: string; password: string };
const { t } = createI18n();
const error = (status: number, type: string, message = 'x') => toAccountError(new AppwriteException(message, status, type));

function apply(e: ReturnType<typeof error>, fields: Partial<Record<string, 'email' | 'password'>>) {
  const setError = vi.fn();
  applyServerError<Form>(e, setError, t, fields);
  return setError.mock.calls;
}

describe('applyServerError', () => {
  it('puts an error on the field its type concerns, in the app’s words, and focuses it', () => {
    expect(apply(error(401, 'user_invalid_credentials'), { user_invalid_credentials: 'password' })).toEqual([
      ['password', { type: 'server', message: t('errors.invalidCredentials') }, { shouldFocus: true }],
    ]);
  });

  it('puts a rejected param on its field with the validator’s own words', () => {
    const rejected = error(400, 'general_argument_invalid', 'Invalid `email` param: Value must be a valid email address');
    expect(apply(rejected, { email: 'email' })).toEqual([['email', { type: 'server', message: 'Value must be a valid email address' }, { shouldFocus: true }]]);
  });

  it('prefers the type’s field and words over the param’s', () => {
    const rejected = error(400, 'general_argument_invalid', 'Invalid `email` param: Value must be a valid email address');
    expect(apply(rejected, { general_argument_invalid: 'password', email: 'email' })).toEqual([
      ['password', { type: 'server', message: t('errors.invalidArgument', { detail: rejected.serverMessage }) }, { shouldFocus: true }],
    ]);
  });

  it('puts anything else on the form as a whole, without focus', () => {
    expect(apply(error(503, 'general_server_error'), { email: 'email' })).toEqual([['root.server', { type: 'server', message: t('errors.server') }]]);
    const unknownParam = error(400, 'general_argument_invalid', 'Invalid `phone` param: nope');
    expect(apply(unknownParam, { email: 'email' })).toEqual([['root.server', { type: 'server', message: t('errors.invalidArgument', { detail: unknownParam.serverMessage }) }]]);
  });
});

import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { errorText } from '../../lib/i18n/error-text.ts';
import type { Translate } from '../../lib/i18n/i18n.ts';
import type { AccountError } from './errors.ts';

/**
 * Puts a server error where the user will look: on the field it concerns (by Appwrite error type,
 * or by the param a 400 names), else on the form as a whole (`root.server`).
 */
export function applyServerError<T extends FieldValues>(
  error: AccountError,
  setError: UseFormSetError<T>,
  t: Translate,
  fieldsByTypeOrParam: Partial<Record<string, Path<T>>>,
): void {
  const byType = fieldsByTypeOrParam[error.type];
  const byParam = error.param ? fieldsByTypeOrParam[error.param] : undefined;
  const field = byType ?? byParam;
  // For a rejected param the validator's own words are the useful part ("Invalid `x` param: <this>").
  const message =
    !byType && byParam ? error.serverMessage.replace(/^.*? param: /, '') : errorText(error, t);
  if (field) setError(field, { type: 'server', message }, { shouldFocus: true });
  else setError('root.server', { type: 'server', message });
}

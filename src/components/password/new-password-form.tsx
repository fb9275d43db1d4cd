import { useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../contract/limits.ts';
import type { AccountError } from '../../api/client/errors.ts';
import { applyServerError } from '../../api/client/form-errors.ts';
import { schemaResolver, type FormInput } from '../../lib/forms/schema-resolver.ts';
import { useFieldError } from '../../lib/forms/use-field-error.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { Alert } from '../ui/alert.tsx';
import { FormActions } from '../ui/form-actions.tsx';
import { PasswordField } from '../ui/password-field.tsx';
import { SubmitButton } from '../ui/submit-button.tsx';
import '../../lib/i18n/en/settings.ts';
import { settled } from '../../lib/forms/settled.ts';

const resolver = schemaResolver('newPassword');

/** Password-rule problems the server reports, each put on the new-password field in words. */
const SERVER_FIELDS = { password: 'password', user_invalid_credentials: 'current', oldPassword: 'current' } as const;

/**
 * New password + repeat, the rule (Appwrite: 8–256 characters) as the field's hint; optionally the
 * current password first, and something under the new one (the strength meter of /password).
 */
export function NewPasswordForm({
  submitLabel,
  pending,
  onSubmit,
  requireCurrent = false,
  below,
}: {
  submitLabel: string;
  pending: boolean;
  /** May return the write's promise: the button stays busy until it settles (see `settled`). */
  onSubmit: (password: string, fail: (error: AccountError) => void, current: string) => unknown;
  requireCurrent?: boolean;
  below?: (password: string) => ReactNode;
}) {
  const t = useT();
  const fieldError = useFieldError();
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormInput<'newPassword'>>({ resolver, defaultValues: { current: '', password: '', confirm: '' } });
  const password = useWatch({ control, name: 'password' });
  // The rule is a hint; it turns red only while the typed password breaks it (no tick when it does not).
  const lengthUnmet = password.length > 0 && (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH);

  // The last failure, for a rate limit's countdown on the button.
  const [failure, setFailure] = useState<AccountError | null>(null);
  const submit = handleSubmit(({ password: value, current }) => {
    setFailure(null);
    if (requireCurrent && !current) {
      setError('current', { type: 'required', message: t('validation.required') }, { shouldFocus: true });
      return;
    }
    return settled(
      onSubmit(
        value,
        (error) => {
          setFailure(error);
          const key = error.type === 'password_recently_used' ? 'password.recentlyUsed' : error.type === 'password_personal_data' ? 'password.personalData' : null;
          if (key) setError('password', { type: 'server', message: t(key) }, { shouldFocus: true });
          else if (error.type === 'user_invalid_credentials') setError('current', { type: 'server', message: t('settings.wrongPassword') }, { shouldFocus: true });
          else applyServerError(error, setError, t, SERVER_FIELDS);
        },
        current,
      ),
    );
  });

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
      {errors.root?.server?.message && <Alert tone="danger">{errors.root.server.message}</Alert>}
      {requireCurrent && (
        <PasswordField label={t('settings.currentPassword')} autoComplete="current-password" error={fieldError(errors.current?.message)} {...register('current')} />
      )}
      <PasswordField
        label={t('password.new')}
        autoComplete="new-password"
        hint={<span className={lengthUnmet ? 'text-danger' : undefined}>{t('password.ruleLength')}</span>}
        error={fieldError(errors.password?.message)}
        {...register('password')}
      />
      {below?.(password)}
      <PasswordField label={t('password.confirm')} autoComplete="new-password" error={fieldError(errors.confirm?.message)} {...register('confirm')} />
      <FormActions>
        <SubmitButton error={failure} pending={pending || isSubmitting}>
          {submitLabel}
        </SubmitButton>
      </FormActions>
    </form>
  );
}

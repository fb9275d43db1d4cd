import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { AccountError } from '../../api/client/errors.ts';
import { applyServerError } from '../../api/client/form-errors.ts';
import { TextField } from '../../components/ui/text-field.tsx';
import { schemaResolver, type FormInput } from '../../lib/forms/schema-resolver.ts';
import { useFieldError } from '../../lib/forms/use-field-error.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { SubmitButton } from '../../components/ui/submit-button.tsx';
import { FormError } from './form-error.tsx';
import '../../lib/i18n/en/auth.ts';
import { settled } from '../../lib/forms/settled.ts';

const resolver = schemaResolver('emailOnly');

/** One email field and a submit button: magic link, email code, password reset. */
export function EmailForm({
  submitLabel,
  pending,
  defaultEmail = '',
  onSubmit,
}: {
  submitLabel: string;
  pending: boolean;
  defaultEmail?: string;
  /** May return the write's promise: the button stays busy until it settles (see `settled`). */
  onSubmit: (email: string, fail: (error: AccountError) => void) => unknown;
}) {
  const t = useT();
  const fieldError = useFieldError();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormInput<'emailOnly'>>({ resolver, defaultValues: { email: defaultEmail } });
  // The last failure, for a rate limit's countdown on the button.
  const [failure, setFailure] = useState<AccountError | null>(null);
  const submit = handleSubmit(({ email }) => {
    setFailure(null);
    return settled(
      onSubmit(email.trim(), (error) => {
        setFailure(error);
        applyServerError(error, setError, t, { email: 'email' });
      }),
    );
  });
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
      <FormError errors={errors} />
      <TextField label={t('auth.fields.email')} type="email" autoComplete="email" inputMode="email" error={fieldError(errors.email?.message)} {...register('email')} />
      <SubmitButton error={failure} pending={pending || isSubmitting}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}

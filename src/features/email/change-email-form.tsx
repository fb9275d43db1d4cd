import { useEffect, useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Account } from '../../api/account/account-cache.ts';
import { useUpdateEmail } from '../../api/account/account-mutations.ts';
import { applyServerError } from '../../api/client/form-errors.ts';
import { useRequestEmailVerification } from '../../api/verification.ts';
import { CurrentPasswordField } from '../../components/password/current-password-field.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { FormActions } from '../../components/ui/form-actions.tsx';
import { SubmitButton } from '../../components/ui/submit-button.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useAppUrl } from '../../lib/use-app-url.ts';
import { cooldownKeys } from '../../lib/cooldown-keys.ts';
import { schemaResolver, type FormInput } from '../../lib/forms/schema-resolver.ts';
import { useDraft } from '../../lib/forms/use-draft.ts';
import { useFieldError } from '../../lib/forms/use-field-error.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { startCooldown } from '../../lib/start-cooldown.ts';
import '../../lib/i18n/en/email.ts';
import { settled } from '../../lib/forms/settled.ts';

const resolver = schemaResolver('changeEmail');

/**
 * Change (or, for a password-less account, add) the email. Appwrite resets verification and sends no
 * email (appwrite#2412), so this form sends the verification link itself; the page's callout then says
 * so (no toast repeating it). `onDone` closes the form once the link went out (or could not).
 */
export const emailDraftId = (account: Account) => `${account.$id}:email.new`;

export function ChangeEmailForm({ account, onDone, onCancel }: { account: Account; onDone?: () => void; onCancel?: () => void }) {
  // Unique on the page: two embedded widgets may show this section at once.
  const titleId = useId();
  const t = useT();
  const fieldError = useFieldError();
  const linkTo = useAppUrl();
  const update = useUpdateEmail();
  const verify = useRequestEmailVerification();
  const hasPassword = account.passwordUpdate !== '';
  const {
    register,
    handleSubmit,
    setError,
    reset,
    setFocus,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormInput<'changeEmail'>>({ resolver, defaultValues: { email: '', password: '' } });
  // The new address survives a session that ends meanwhile (the password never is kept).
  const email = useWatch({ control, name: 'email' });
  const restored = useDraft(emailDraftId(account), { email }, email.trim() !== '', (draft) => {
    if (typeof draft.email === 'string') setValue('email', draft.email);
  });
  // Opened by "Change": the keyboard goes to the new address.
  useEffect(() => {
    if (onCancel) setFocus('email');
  }, [onCancel, setFocus]);

  const submit = handleSubmit(({ email, password }) =>
    settled(update.mutateAsync(
      { email: email.trim(), password },
      {
        onSuccess: (user) => {
          reset({ email: '', password: '' });
          verify.mutate(
            { url: linkTo('/verify-email') },
            {
              onSuccess: () => startCooldown(cooldownKeys.verifyEmailLink(user.email)),
              onSettled: () => onDone?.(),
            },
          );
        },
        onError: (error) =>
          applyServerError(error, setError, t, {
            user_invalid_credentials: 'password',
            user_target_already_exists: 'email',
            user_email_already_exists: 'email',
            general_bad_request: 'email',
            email: 'email',
            password: 'password',
          }),
      },
    )),
  );

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4" aria-labelledby={titleId}>
      <h2 id={titleId} className="text-lg font-semibold">
        {account.email ? t('email.change') : t('email.add')}
      </h2>
      {restored && email.trim() !== '' && <Alert tone="info">{t('common.draftRestored')}</Alert>}
      {errors.root?.server?.message && <Alert tone="danger">{errors.root.server.message}</Alert>}
      <TextField label={t('email.newEmail')} type="email" autoComplete="email" inputMode="email" error={fieldError(errors.email?.message)} {...register('email')} />
      <CurrentPasswordField hasPassword={hasPassword} error={fieldError(errors.password?.message)} registration={register('password')} />
      <FormActions>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        <SubmitButton error={update.error ?? verify.error} pending={update.isPending || verify.isPending || isSubmitting}>
          {t('email.save')}
        </SubmitButton>
      </FormActions>
    </form>
  );
}

import { useForm } from 'react-hook-form';
import { useSignUp } from '../../api/auth/sign-in.ts';
import { AccountError } from '../../api/client/errors.ts';
import { applyServerError } from '../../api/client/form-errors.ts';
import { PasswordField } from '../../components/ui/password-field.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { schemaResolver, type FormInput } from '../../lib/forms/schema-resolver.ts';
import { useFieldError } from '../../lib/forms/use-field-error.ts';
import { errorText } from '../../lib/i18n/error-text.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { SubmitButton } from '../../components/ui/submit-button.tsx';
import { FormError } from './form-error.tsx';
import '../../lib/i18n/en/auth.ts';
import { settled } from '../../lib/forms/settled.ts';

const resolver = schemaResolver('signUp');

export function SignUpForm({ onSignedUp }: { onSignedUp: () => void }) {
  const t = useT();
  const signUp = useSignUp();
  const fieldError = useFieldError();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormInput<'signUp'>>({
    resolver,
    defaultValues: { name: '', email: '', password: '' },
  });

  const onSubmit = handleSubmit((values) =>
    settled(signUp.mutateAsync(
      { name: values.name.trim(), email: values.email.trim(), password: values.password },
      {
        onSuccess: onSignedUp,
        onError: (error) => {
          if (error instanceof AccountError) {
            applyServerError(error, setError, t, { user_already_exists: 'email', name: 'name', email: 'email', password: 'password' });
          } else {
            setError('root.server', { type: 'server', message: t('auth.signUp.createdNotSignedIn', { reason: errorText(error.reason, t) }) });
          }
        },
      },
    )),
  );

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-4">
      <FormError errors={errors} />
      <TextField label={t('auth.fields.name')} hint={t('auth.fields.nameHint')} autoComplete="name" error={fieldError(errors.name?.message)} {...register('name')} />
      <TextField
        label={t('auth.fields.email')}
        type="email"
        autoComplete="email"
        inputMode="email"
        error={fieldError(errors.email?.message)}
        {...register('email')}
      />
      <PasswordField
        label={t('auth.fields.password')}
        hint={t('auth.fields.passwordHint')}
        autoComplete="new-password"
        error={fieldError(errors.password?.message)}
        {...register('password')}
      />
      <SubmitButton error={signUp.error} pending={signUp.isPending || isSubmitting}>
        {signUp.isPending || isSubmitting ? t('auth.signUp.submitting') : t('auth.signUp.submit')}
      </SubmitButton>
    </form>
  );
}

import { useForm } from 'react-hook-form';
import { PasswordField } from '../../components/ui/password-field.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { schemaResolver, type FormInput } from '../../lib/forms/schema-resolver.ts';
import { useFieldError } from '../../lib/forms/use-field-error.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';

export type SignInValues = FormInput<'signIn'>;
const resolver = schemaResolver('signIn');
import { FormError } from './form-error.tsx';
import '../../lib/i18n/en/auth.ts';
import { applyServerError } from '../../api/client/form-errors.ts';
import { useSignIn } from '../../api/auth/sign-in.ts';
import { SubmitButton } from '../../components/ui/submit-button.tsx';
import { settled } from '../../lib/forms/settled.ts';

export interface SignInFormProps {
  onSignedIn: () => void;
  /** Values to start with (e.g. the demo account in mock mode). */
  defaultValues?: Partial<SignInValues>;
}

export function SignInForm({ onSignedIn, defaultValues }: SignInFormProps) {
  const t = useT();
  const signIn = useSignIn();
  const fieldError = useFieldError();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignInValues>({
    resolver,
    defaultValues: { email: '', password: '', ...defaultValues },
  });

  const onSubmit = handleSubmit((values) =>
    settled(signIn.mutateAsync(
      { email: values.email.trim(), password: values.password },
      {
        onSuccess: onSignedIn,
        // Invalid credentials stay one non-revealing message on the form, never on a field.
        onError: (error) => applyServerError(error, setError, t, { email: 'email', password: 'password' }),
      },
    )),
  );

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-4">
      <FormError errors={errors} />
      <TextField
        label={t('auth.fields.email')}
        type="email"
        autoComplete="username"
        inputMode="email"
        error={fieldError(errors.email?.message)}
        {...register('email')}
      />
      <PasswordField
        label={t('auth.fields.password')}
        autoComplete="current-password"
        error={fieldError(errors.password?.message)}
        {...register('password')}
      />
      <SubmitButton error={signIn.error} pending={signIn.isPending || isSubmitting}>
        {signIn.isPending ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
      </SubmitButton>
    </form>
  );
}

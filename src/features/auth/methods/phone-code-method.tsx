import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useRequestPhoneCode, useTokenSession } from '../../../api/auth/tokens.ts';
import { toAccountError } from '../../../api/client/errors.ts';
import { applyServerError } from '../../../api/client/form-errors.ts';
import { TextField } from '../../../components/ui/text-field.tsx';
import { CodeStep } from '../../../components/verification/code-step.tsx';
import { cooldownKeys } from '../../../lib/cooldown-keys.ts';
import { schemaResolver, type FormInput, type FormOutput } from '../../../lib/forms/schema-resolver.ts';
import { useFieldError } from '../../../lib/forms/use-field-error.ts';
import { useT } from '../../../lib/i18n/i18n-context.tsx';
import { SubmitButton } from '../../../components/ui/submit-button.tsx';
import { FormError } from '../form-error.tsx';
import '../../../lib/i18n/en/verification.ts';

const resolver = schemaResolver('phoneOnly');

/** Text a 6-digit code (createPhoneToken), then exchange it for a session. */
export function PhoneCodeMethod({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useT();
  const fieldError = useFieldError();
  const request = useRequestPhoneCode();
  const session = useTokenSession();
  const [sent, setSent] = useState<{ phone: string; userId: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormInput<'phoneOnly'>, unknown, FormOutput<'phoneOnly'>>({ resolver, defaultValues: { phone: '' } });

  const send = (phone: string) => request.mutateAsync({ phone }).then((token) => setSent({ phone, userId: token.userId }));
  const submit = handleSubmit(({ phone }) =>
    send(phone).catch((error: unknown) => applyServerError(toAccountError(error), setError, t, { phone: 'phone' })),
  );

  if (!sent) {
    return (
      <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
        <FormError errors={errors} />
        <TextField label={t('code.phoneLabel')} hint={t('code.phoneHint')} type="tel" autoComplete="tel" inputMode="tel" error={fieldError(errors.phone?.message)} {...register('phone')} />
        <SubmitButton error={request.error} pending={request.isPending || isSubmitting}>
          {t('code.submit')}
        </SubmitButton>
      </form>
    );
  }
  return (
    <CodeStep
      sentMessage={t('code.sentPhone', { phone: sent.phone })}
      cooldownKey={cooldownKeys.phoneCode(sent.phone)}
      pending={session.isPending}
      error={session.error ?? request.error}
      onSubmit={(secret) => session.mutate({ userId: sent.userId, secret, via: 'phone' }, { onSuccess: onSignedIn })}
      onResend={() => {
        session.reset();
        void send(sent.phone).catch(() => undefined);
      }}
    />
  );
}

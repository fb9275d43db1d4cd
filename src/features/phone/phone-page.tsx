import { lazy, Suspense, useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useUpdatePhone } from '../../api/account/account-mutations.ts';
import { useSignedInAccount } from '../../api/account/signed-in-account.tsx';
import { applyServerError } from '../../api/client/form-errors.ts';
import { useRequestPhoneVerification } from '../../api/verification.ts';
import { CurrentPasswordField } from '../../components/password/current-password-field.tsx';
import { Alert, ErrorAlert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { CurrentValueCard } from '../../components/ui/current-value-card.tsx';
import { FormActions } from '../../components/ui/form-actions.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { PageTitle } from '../../components/ui/page-title.tsx';
import { SubmitButton } from '../../components/ui/submit-button.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { cooldownKeys } from '../../lib/cooldown-keys.ts';
import { schemaResolver, type FormInput, type FormOutput } from '../../lib/forms/schema-resolver.ts';
import { hasDraft, useDraft } from '../../lib/forms/use-draft.ts';
import { useFieldError } from '../../lib/forms/use-field-error.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { startCooldown } from '../../lib/start-cooldown.ts';
import '../../lib/i18n/en/phone.ts';
import '../../lib/i18n/en/verification.ts';
import { settled } from '../../lib/forms/settled.ts';

// Only an unverified number has its callout: its code (and the cooldown's) loads then.
const PhoneVerification = lazy(() => import('./phone-verification.tsx').then((m) => ({ default: m.PhoneVerification })));

const resolver = schemaResolver('changePhone');

export function PhonePage() {
  // Unique on the page: two embedded widgets may show this section at once.
  const titleId = useId();
  const t = useT();
  const fieldError = useFieldError();
  const account = useSignedInAccount();
  const update = useUpdatePhone();
  const sendCode = useRequestPhoneVerification();
  const [codeSent, setCodeSent] = useState(false);
  const draftId = `${account.$id}:phone.new`;
  // Without a number there is nothing else to do here: the form is open; so it is with a number that
  // was being typed when the session ended.
  const [editing, setEditing] = useState(() => !account.phone || hasDraft(draftId));
  const {
    register,
    handleSubmit,
    setError,
    reset,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormInput<'changePhone'>, unknown, FormOutput<'changePhone'>>({ resolver, defaultValues: { phone: '', password: '' } });
  // The new number survives a session that ends meanwhile (the password never is kept).
  const phone = useWatch({ control, name: 'phone' });
  const restored = useDraft(draftId, { phone }, phone.trim() !== '', (draft) => {
    if (typeof draft.phone === 'string') setValue('phone', draft.phone);
  });

  const submit = handleSubmit(({ phone, password }) =>
    settled(update.mutateAsync(
      { phone, password },
      {
        onSuccess: (user) => {
          reset({ phone: '', password: '' });
          setEditing(false);
          // A changed number is unverified: text the code right away.
          sendCode.mutate(undefined, {
            onSuccess: () => {
              startCooldown(cooldownKeys.verifyPhone(user.phone));
              setCodeSent(true);
            },
          });
        },
        onError: (error) =>
          applyServerError(error, setError, t, {
            user_invalid_credentials: 'password',
            user_target_already_exists: 'phone',
            user_phone_already_exists: 'phone',
            phone: 'phone',
            password: 'password',
          }),
      },
    )),
  );

  return (
    <>
      <PageTitle>{t('phone.title')}</PageTitle>
      <PageHeading description={t('phone.description')}>{t('phone.title')}</PageHeading>
      <div className="flex flex-col gap-6">
        <CurrentValueCard
          title={t('phone.current')}
          value={account.phone}
          verified={account.phoneVerification}
          empty={t('phone.none')}
          action={
            !editing && (
              <Button variant="secondary" aria-label={t('phone.change')} onClick={() => setEditing(true)}>
                {t('phone.changeShort')}
              </Button>
            )
          }
        >
          <ErrorAlert error={sendCode.error} />
          {account.phone && !account.phoneVerification && (
            <Suspense>
              <PhoneVerification key={account.phone} account={account} sent={codeSent} onSend={() => setCodeSent(true)} />
            </Suspense>
          )}
        </CurrentValueCard>
        {editing && (
          <Card>
            <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4" aria-labelledby={titleId}>
              <h2 id={titleId} className="text-lg font-semibold">
                {account.phone ? t('phone.change') : t('phone.add')}
              </h2>
              {restored && phone.trim() !== '' && <Alert tone="info">{t('common.draftRestored')}</Alert>}
              {errors.root?.server?.message && <Alert tone="danger">{errors.root.server.message}</Alert>}
              <TextField label={t('phone.newPhone')} hint={t('code.phoneHint')} type="tel" autoComplete="tel" inputMode="tel" error={fieldError(errors.phone?.message)} {...register('phone')} />
              <CurrentPasswordField hasPassword={account.passwordUpdate !== ''} error={fieldError(errors.password?.message)} registration={register('password')} />
              <FormActions>
                {account.phone && (
                  <Button variant="secondary" onClick={() => setEditing(false)}>
                    {t('common.cancel')}
                  </Button>
                )}
                <SubmitButton error={update.error ?? sendCode.error} pending={update.isPending || sendCode.isPending || isSubmitting}>
                  {t('phone.save')}
                </SubmitButton>
              </FormActions>
            </form>
          </Card>
        )}
      </div>
    </>
  );
}

import { useForm } from 'react-hook-form';
import { useUpdateEmail } from '../../api/account/account-mutations.ts';
import { applyServerError } from '../../api/client/form-errors.ts';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { PasswordField } from '../../components/ui/password-field.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { schemaResolver, type FormInput } from '../../lib/forms/schema-resolver.ts';
import { useFieldError } from '../../lib/forms/use-field-error.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { FormError } from './form-error.tsx';
import '../../lib/i18n/en/auth.ts';
import { settled } from '../../lib/forms/settled.ts';

const resolver = schemaResolver('saveGuest');

/** Turns a guest (anonymous) account into a full one: Appwrite's updateEmail also sets the password. */
export function SaveGuestDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const fieldError = useFieldError();
  // A guest has no password yet: Appwrite's updateEmail sets the one given, and the account is kept.
  const save = useUpdateEmail();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormInput<'saveGuest'>>({ resolver, defaultValues: { email: '', password: '' } });
  const submit = handleSubmit(({ email, password }) =>
    settled(save.mutateAsync(
      { email: email.trim(), password },
      {
        onSuccess: (user) => {
          toast(t('auth.guest.saved', { email: user.email }));
          onClose();
        },
        // 409: the address belongs to another account.
        onError: (error) => applyServerError(error, setError, t, { user_target_already_exists: 'email', email: 'email', password: 'password' }),
      },
    )),
  );
  return (
    <ConfirmDialog
      open={open}
      onCancel={onClose}
      title={t('auth.guest.saveTitle')}
      description={t('auth.guest.saveBody')}
      confirmLabel={t('app.guestSave')}
      form="save-guest-form"
      pending={save.isPending || isSubmitting}
    >
      <form id="save-guest-form" noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
        <FormError errors={errors} />
        <TextField label={t('auth.fields.email')} type="email" autoComplete="email" error={fieldError(errors.email?.message)} {...register('email')} />
        <PasswordField label={t('auth.fields.password')} hint={t('auth.fields.passwordHint')} autoComplete="new-password" error={fieldError(errors.password?.message)} {...register('password')} />
      </form>
    </ConfirmDialog>
  );
}

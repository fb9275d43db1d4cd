import { useForm } from 'react-hook-form';
import { useSaveGuestAccount } from '../../api/use-token-sign-in.ts';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { PasswordField } from '../../components/ui/password-field.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { applyServerError } from '../../lib/forms/server-errors.ts';
import { useFieldError } from '../../lib/forms/use-field-error.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { schemaResolver, type FormInput } from '../../lib/forms/schema-resolver.ts';
import { FormError } from './form-error.tsx';
import '../../lib/i18n/en/auth.ts';

const resolver = schemaResolver('saveGuest');

/** Turns a guest (anonymous) account into a full one: Appwrite's updateEmail also sets the password. */
export function SaveGuestDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const fieldError = useFieldError();
  const save = useSaveGuestAccount();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<FormInput<'saveGuest'>>({ resolver, defaultValues: { email: '', password: '' } });
  const submit = handleSubmit(({ email, password }) =>
    save.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (user) => {
          toast(t('auth.guest.saved', { email: user.email }));
          onClose();
        },
        // 409: the address belongs to another account.
        onError: (error) => applyServerError(error, setError, t, { user_target_already_exists: 'email', email: 'email', password: 'password' }),
      },
    ),
  );
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('auth.guest.saveTitle')}
      description={t('auth.guest.saveBody')}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form="save-guest-form" pending={save.isPending}>
            {t('app.guestSave')}
          </Button>
        </>
      }
    >
      <form id="save-guest-form" noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
        <FormError errors={errors} />
        <TextField label={t('auth.fields.email')} type="email" autoComplete="email" error={fieldError(errors.email?.message)} {...register('email')} />
        <PasswordField label={t('auth.fields.password')} hint={t('auth.fields.passwordHint')} autoComplete="new-password" error={fieldError(errors.password?.message)} {...register('password')} />
      </form>
    </Dialog>
  );
}

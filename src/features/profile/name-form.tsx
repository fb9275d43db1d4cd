import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useUpdateName } from '../../api/account/account-mutations.ts';
import { applyServerError } from '../../api/client/form-errors.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Card } from '../../components/ui/card.tsx';
import { FormActions } from '../../components/ui/form-actions.tsx';
import { SubmitButton } from '../../components/ui/submit-button.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { useEnvironment } from '../../config/runtime-config-context.tsx';
import { schemaResolver, type FormInput } from '../../lib/forms/schema-resolver.ts';
import { useDraft } from '../../lib/forms/use-draft.ts';
import { useFieldError } from '../../lib/forms/use-field-error.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import '../../lib/i18n/en/profile.ts';
import { settled } from '../../lib/forms/settled.ts';

const resolver = schemaResolver('name');

/**
 * Change the display name. Save stays disabled until the value changes; on success the form resets to
 * the saved name. Without `currentName` (the account still loading) the form shows but is disabled.
 */
export function NameForm({ currentName, userId }: { currentName: string | undefined; userId?: string | undefined }) {
  // Unique on the page: two embedded widgets may show this section at once.
  const titleId = useId();
  const t = useT();
  const toast = useToast();
  const fieldError = useFieldError();
  const { config } = useEnvironment();
  const updateName = useUpdateName();
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    reset,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<FormInput<'name'>>({
    resolver,
    // The first render already shows a cached name; `values` fills it in when the account arrives.
    defaultValues: { name: currentName ?? '' },
    values: currentName === undefined ? undefined : { name: currentName },
  });

  const name = useWatch({ control, name: 'name' });
  const restored = useDraft(userId && currentName !== undefined ? `${userId}:profile.name` : null, { name }, isDirty, (draft) => {
    if (typeof draft.name === 'string') setValue('name', draft.name, { shouldDirty: true });
  });

  const onSubmit = handleSubmit(({ name }) =>
    settled(updateName.mutateAsync(name.trim(), {
      onSuccess: (user) => {
        reset({ name: user.name });
        toast(t('profile.nameSaved'));
      },
      onError: (error) => applyServerError(error, setError, t, { name: 'name' }),
    })),
  );

  return (
    <Card labelledBy={titleId}>
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-4" aria-busy={currentName === undefined || undefined}>
        <div>
          <h2 id={titleId} className="text-lg font-semibold">
            {t('profile.nameSection')}
          </h2>
          <p className="text-sm text-muted">{config.appName ? t('profile.nameSectionHint', { app: config.appName }) : t('profile.nameSectionHintPlain')}</p>
        </div>
        {restored && isDirty && <Alert tone="info">{t('common.draftRestored')}</Alert>}
        {errors.root?.server?.message && <Alert tone="danger">{errors.root.server.message}</Alert>}
        <fieldset disabled={currentName === undefined} className="contents">
          <TextField label={t('profile.nameLabel')} autoComplete="name" error={fieldError(errors.name?.message)} {...register('name')} />
          <FormActions>
            <SubmitButton error={updateName.error} pending={updateName.isPending || isSubmitting} disabled={!isDirty}>
              {updateName.isPending ? t('common.saving') : t('common.save')}
            </SubmitButton>
          </FormActions>
        </fieldset>
      </form>
    </Card>
  );
}

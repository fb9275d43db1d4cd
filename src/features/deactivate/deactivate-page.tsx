import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useDeactivateAccount } from '../../api/account/account-mutations.ts';
import { ErrorAlert } from '../../components/ui/alert.tsx';
import { Card } from '../../components/ui/card.tsx';
import { FormActions } from '../../components/ui/form-actions.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { PageTitle } from '../../components/ui/page-title.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useSingleAction } from '../../lib/use-single-action.ts';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import { SubmitButton } from '../../components/ui/submit-button.tsx';
import '../../lib/i18n/en/deactivate.ts';

/**
 * Appwrite's `updateStatus` blocks the account for good (appwrite#744): say so plainly, and require the
 * confirmation phrase to be typed so one stray click cannot do it.
 */
export function DeactivatePage() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const deactivate = useDeactivateAccount();
  const once = useSingleAction(deactivate.isPending, deactivate.error);
  const [typed, setTyped] = useState('');
  const phrase = t('deactivate.phrase');
  // Case, accents and Arabic vowel marks aside ("desactiver" for "désactiver"), and spaces collapsed.
  const confirmed = new Intl.Collator(locale, { sensitivity: 'base' }).compare(typed.trim().replace(/\s+/g, ' '), phrase) === 0;

  return (
    <>
      <PageTitle>{t('deactivate.title')}</PageTitle>
      <PageHeading description={t('deactivate.description')}>{t('deactivate.title')}</PageHeading>
      <Card className="border-danger">
        <form
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (!confirmed) return;
            // A second submit would replace the first one's callbacks (no way to the final page): once only.
            once(() => deactivate.mutate(undefined, { onSuccess: () => void navigate('/deactivated', { replace: true }) }));
          }}
        >
          <h2 className="text-lg font-semibold">{t('deactivate.what')}</h2>
          <ul className="list-disc ps-5">
            <li>{t('deactivate.point1')}</li>
            <li>{t('deactivate.point2')}</li>
            <li>{t('deactivate.point3')}</li>
            <li>{t('deactivate.point4')}</li>
          </ul>
          <ErrorAlert error={deactivate.error} />
          <TextField label={t('deactivate.confirmLabel', { phrase })} value={typed} autoComplete="off" spellCheck={false} onChange={(e) => setTyped(e.target.value)} />
          <FormActions>
            <SubmitButton error={deactivate.error} variant="danger" disabled={!confirmed} pending={deactivate.isPending}>
              {t('deactivate.submit')}
            </SubmitButton>
          </FormActions>
        </form>
      </Card>
    </>
  );
}

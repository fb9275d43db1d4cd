import { lazy, Suspense, useState } from 'react';
import { useSignedInAccount } from '../../api/account/signed-in-account.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { CurrentValueCard } from '../../components/ui/current-value-card.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { PageTitle } from '../../components/ui/page-title.tsx';
import { hasDraft } from '../../lib/forms/use-draft.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { ChangeEmailForm, emailDraftId } from './change-email-form.tsx';
import '../../lib/i18n/en/email.ts';

// Only an unverified address has its callout: its code (and the cooldown's) loads then.
const EmailVerification = lazy(() => import('./email-verification.tsx').then((m) => ({ default: m.EmailVerification })));

export function EmailPage() {
  const t = useT();
  const account = useSignedInAccount();
  // Without an address there is nothing else to do here: the form is open.
  // Open with nothing to show, or with a change that was being typed when the session ended.
  const [editing, setEditing] = useState(() => !account.email || hasDraft(emailDraftId(account)));
  return (
    <>
      <PageTitle>{t('email.title')}</PageTitle>
      <PageHeading description={t('email.description')}>{t('email.title')}</PageHeading>
      <div className="flex flex-col gap-6">
        <CurrentValueCard
          title={t('email.current')}
          value={account.email}
          verified={account.emailVerification}
          empty={t('email.none')}
          action={
            !editing && (
              <Button variant="secondary" aria-label={account.email ? t('email.change') : undefined} onClick={() => setEditing(true)}>
                {account.email ? t('email.changeShort') : t('email.add')}
              </Button>
            )
          }
        >
          {account.email && !account.emailVerification && (
            <Suspense>
              <EmailVerification key={account.email} account={account} />
            </Suspense>
          )}
        </CurrentValueCard>
        {editing && (
          <Card>
            <ChangeEmailForm account={account} onDone={() => setEditing(false)} onCancel={account.email ? () => setEditing(false) : undefined} />
          </Card>
        )}
      </div>
    </>
  );
}

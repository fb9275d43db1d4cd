import { useSignedInAccount } from '../../api/account/signed-in-account.tsx';
import { Card } from '../../components/ui/card.tsx';
import { CurrentValueCard } from '../../components/ui/current-value-card.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { PageTitle } from '../../components/ui/page-title.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { ChangeEmailForm } from './change-email-form.tsx';
import { EmailVerification } from './email-verification.tsx';
import '../../lib/i18n/en/settings.ts';

export function EmailPage() {
  const t = useT();
  const account = useSignedInAccount();
  return (
    <>
      <PageTitle>{t('settings.email.title')}</PageTitle>
      <PageHeading description={t('settings.email.description')}>{t('settings.email.title')}</PageHeading>
      <div className="flex flex-col gap-6">
        <CurrentValueCard title={t('settings.email.current')} value={account.email} verified={account.emailVerification} empty={t('settings.email.none')}>
          {account.email && !account.emailVerification && <EmailVerification key={account.email} account={account} />}
        </CurrentValueCard>
        <Card>
          <ChangeEmailForm account={account} />
        </Card>
      </div>
    </>
  );
}

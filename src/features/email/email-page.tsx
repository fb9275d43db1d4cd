import { useSignedInAccount } from '../../api/signed-in-account.tsx';
import { useEnvironment } from '../../app/config/runtime-config-context.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { ChangeEmailForm } from './change-email-form.tsx';
import { EmailVerification } from './email-verification.tsx';

export function EmailPage() {
  const t = useT();
  const account = useSignedInAccount();
  const { config } = useEnvironment();
  return (
    <>
      <title>{`${t('settings.email.title')} · ${config.appName}`}</title>
      <PageHeading description={t('settings.email.description')}>{t('settings.email.title')}</PageHeading>
      <div className="flex flex-col gap-6">
        <Card labelledBy="current-email">
          <div className="flex flex-col gap-3">
            <h2 id="current-email" className="text-sm font-medium text-muted">
              {t('settings.email.current')}
            </h2>
            {account.email ? (
              <p className="flex flex-wrap items-center gap-2 text-lg font-semibold break-all">
                {account.email}
                {account.emailVerification ? <Badge tone="success">✓ {t('common.verified')}</Badge> : <Badge tone="warning">{t('common.unverified')}</Badge>}
              </p>
            ) : (
              <p className="text-muted">{t('settings.email.none')}</p>
            )}
            {account.email && !account.emailVerification && <EmailVerification key={account.email} account={account} />}
          </div>
        </Card>
        <Card>
          <ChangeEmailForm account={account} />
        </Card>
      </div>
    </>
  );
}

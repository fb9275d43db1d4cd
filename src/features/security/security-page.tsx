import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAccountTimeZone, useSignedInAccount } from '../../api/account/signed-in-account.tsx';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { identityQueries } from '../../api/identities.ts';
import { mfaQueries } from '../../api/mfa/mfa-queries.ts';
import { createStepUp } from '../../api/mfa/step-up.ts';
import { StepUpHost } from '../../components/mfa/step-up-host.tsx';
import { ErrorAlert } from '../../components/ui/alert.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { PageTitle } from '../../components/ui/page-title.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { AuthenticatorSection } from './authenticator-section.tsx';
import { LinkedAccountsSection } from './linked-accounts-section.tsx';
import { RecoveryCodesSection } from './recovery-codes-section.tsx';
import { TwoFactorSection } from './two-factor-section.tsx';
import '../../lib/i18n/en/security.ts';

/** `/security`: two-step verification (authenticator app, recovery codes, on/off) and linked sign-in accounts. */
export function SecurityPage() {
  const t = useT();
  const api = useAppwrite();
  const account = useSignedInAccount();
  const timeZone = useAccountTimeZone();
  const factors = useQuery(mfaQueries.factors(api));
  const identities = useQuery(identityQueries.list(api));
  // The changes here that need a recent second factor ask for it over the page (Appwrite's mfaProtected
  // routes are all on this page; another page with one wraps itself in a StepUpHost too).
  const [stepUp] = useState(createStepUp);

  return (
    <StepUpHost controller={stepUp}>
      <PageTitle>{t('security.title')}</PageTitle>
      <PageHeading description={t('security.description')}>{t('security.title')}</PageHeading>
      <div className="flex flex-col gap-6">
        <ErrorAlert error={factors.error} />
        {factors.data ? (
          <>
            <TwoFactorSection account={account} factors={factors.data} />
            <AuthenticatorSection factors={factors.data} />
            <RecoveryCodesSection factors={factors.data} />
          </>
        ) : (
          !factors.error && <Skeleton className="h-64 w-full" />
        )}
        <ErrorAlert error={identities.error} />
        {identities.data ? (
          <LinkedAccountsSection account={account} identities={identities.data.identities} timeZone={timeZone} />
        ) : (
          !identities.error && <Skeleton className="h-32 w-full" />
        )}
      </div>
    </StepUpHost>
  );
}

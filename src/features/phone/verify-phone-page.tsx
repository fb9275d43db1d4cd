import { useState } from 'react';
import { Link } from 'react-router';
import { useSignedInAccount } from '../../api/account/signed-in-account.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { PageTitle } from '../../components/ui/page-title.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { PhoneVerification } from './phone-verification.tsx';
import '../../lib/i18n/en/phone.ts';

/** `/verify-phone` (signed in, reached by links): text a code to the account's number and enter it here. */
export function VerifyPhonePage() {
  const t = useT();
  const account = useSignedInAccount();
  const [sent, setSent] = useState(false);
  const title = t('phone.verifyPage.title');

  let body;
  if (!account.phone) {
    body = (
      <Alert tone="info">
        {t('phone.verifyPage.noPhone')}{' '}
        <Link to="/phone" className="font-medium text-accent underline">
          {t('phone.add')}
        </Link>
      </Alert>
    );
  } else if (account.phoneVerification) {
    body = <Alert tone="success">{t('phone.verifyPage.alreadyVerified')}</Alert>;
  } else {
    body = (
      <div className="flex flex-col gap-3">
        {!sent && <p>{t('phone.verifyPage.body', { phone: account.phone })}</p>}
        <PhoneVerification key={account.phone} account={account} sent={sent} onSend={() => setSent(true)} sendLabel={t('phone.verifyPage.send')} prominent />
      </div>
    );
  }
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <PageHeading>{title}</PageHeading>
      {body}
    </>
  );
}

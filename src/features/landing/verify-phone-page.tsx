import { Link } from 'react-router';
import { useSignedInAccount } from '../../api/signed-in-account.tsx';
import { useConfirmPhoneVerification, useRequestPhoneVerification } from '../../api/use-recovery.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { startCooldown } from '../../lib/use-cooldown.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { CodeStep } from '../../components/verification/code-step.tsx';
import '../../lib/i18n/en/landing.ts';
import '../../lib/i18n/en/verification.ts';

/** `/verify-phone` (signed in): text a code to the account's number and enter it here. */
export function VerifyPhonePage() {
  const t = useT();
  const account = useSignedInAccount();
  const request = useRequestPhoneVerification();
  const confirm = useConfirmPhoneVerification();
  const title = t('landing.phone.title');

  let body;
  if (!account.phone) {
    body = (
      <Alert tone="info">
        {t('landing.phone.noPhone')}{' '}
        <Link to="/profile" className="font-medium text-accent underline">
          {t('landing.goToAccount')}
        </Link>
      </Alert>
    );
  } else if (account.phoneVerification || confirm.isSuccess) {
    body = <Alert tone="success">{confirm.isSuccess ? t('landing.phone.done') : t('landing.phone.alreadyVerified')}</Alert>;
  } else if (!request.isSuccess) {
    body = (
      <div className="flex flex-col gap-3">
        <p>{t('landing.phone.body', { phone: account.phone })}</p>
        {request.error && <Alert tone="danger">{t(request.error.messageKey, { detail: request.error.serverMessage })}</Alert>}
        <div>
          <Button
            pending={request.isPending}
            onClick={() => request.mutate(undefined, { onSuccess: () => startCooldown(`phone-verify:${account.phone}`) })}
          >
            {t('landing.phone.send')}
          </Button>
        </div>
      </div>
    );
  } else {
    body = (
      <CodeStep
        sentMessage={t('code.phoneSent', { phone: account.phone })}
        cooldownKey={`phone-verify:${account.phone}`}
        pending={confirm.isPending}
        error={confirm.error ?? request.error}
        submitLabel={t('landing.phone.title')}
        onSubmit={(secret) => confirm.mutate({ userId: account.$id, secret })}
        onResend={() => {
          confirm.reset();
          request.mutate();
        }}
      />
    );
  }
  return (
    <>
      <title>{title}</title>
      <PageHeading>{title}</PageHeading>
      {body}
    </>
  );
}

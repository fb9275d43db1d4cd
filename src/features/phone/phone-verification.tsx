import type { Account } from '../../api/account-queries.ts';
import { useConfirmPhoneVerification, useRequestPhoneVerification } from '../../api/use-recovery.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { LazyCodeStep, preloadCodeStep } from '../../components/verification/lazy-code-step.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { startCooldown } from '../../lib/use-cooldown.ts';
import '../../lib/i18n/en/settings.ts';
import '../../lib/i18n/en/verification.ts';

/** Text a code to the account's number and enter it; `autoSend` right after the number changed. */
export function PhoneVerification({ account, sent, onSend }: { account: Account; sent: boolean; onSend: () => void }) {
  const t = useT();
  const request = useRequestPhoneVerification();
  const confirm = useConfirmPhoneVerification();
  const toast = useToast();
  const send = () => {
    preloadCodeStep();
    request.mutate(undefined, {
      onSuccess: () => {
        startCooldown(`phone-verify:${account.phone}`);
        onSend();
      },
    });
  };

  if (confirm.isSuccess) return <Alert tone="success">{t('settings.phone.verified')}</Alert>;
  if (!sent && !request.isSuccess) {
    return (
      <div className="flex flex-col gap-2">
        {request.error && <Alert tone="danger">{t(request.error.messageKey, { detail: request.error.serverMessage })}</Alert>}
        <div>
          <Button variant="secondary" pending={request.isPending} onClick={send}>
            {t('settings.phone.verify')}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <LazyCodeStep
      sentMessage={t('code.phoneSent', { phone: account.phone })}
      cooldownKey={`phone-verify:${account.phone}`}
      pending={confirm.isPending}
      error={confirm.error ?? request.error}
      submitLabel={t('settings.phone.verify')}
      onSubmit={(secret) => confirm.mutate({ userId: account.$id, secret }, { onSuccess: () => toast(t('settings.phone.verified')) })}
      onResend={() => {
        confirm.reset();
        request.mutate();
      }}
    />
  );
}

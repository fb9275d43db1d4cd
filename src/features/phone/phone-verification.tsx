import type { Account } from '../../api/account/account-cache.ts';
import { useConfirmPhoneVerification, useRequestPhoneVerification } from '../../api/verification.ts';
import { Alert, ErrorAlert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { LazyCodeStep, preloadCodeStep } from '../../components/verification/lazy-code-step.tsx';
import { cooldownKeys } from '../../lib/cooldown-keys.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { startCooldown } from '../../lib/start-cooldown.ts';
import '../../lib/i18n/en/phone.ts';
import '../../lib/i18n/en/verification.ts';

export interface PhoneVerificationProps {
  account: Account;
  /** A code was already texted (right after the number changed): show the code step at once. */
  sent: boolean;
  onSend: () => void;
  sendLabel?: string;
  /** The page's main action (on /verify-phone) rather than a step beside a form (on /phone). */
  prominent?: boolean;
}

/** Text a code to the account's number and enter it here. */
export function PhoneVerification({ account, sent, onSend, sendLabel, prominent = false }: PhoneVerificationProps) {
  const t = useT();
  const request = useRequestPhoneVerification();
  const confirm = useConfirmPhoneVerification();
  const toast = useToast();
  const send = () => {
    preloadCodeStep();
    request.mutate(undefined, {
      onSuccess: () => {
        startCooldown(cooldownKeys.verifyPhone(account.phone));
        onSend();
      },
    });
  };

  if (confirm.isSuccess) return <Alert tone="success">{t('phone.verified')}</Alert>;
  if (!sent && !request.isSuccess) {
    const action = (
      <div className="flex flex-col gap-2">
        <ErrorAlert error={request.error} />
        <div>
          <Button variant={prominent ? 'primary' : 'ghost'} className={prominent ? undefined : 'min-h-8 px-1 py-0'} pending={request.isPending} onClick={send}>
            {sendLabel ?? t('phone.verify')}
          </Button>
        </div>
      </div>
    );
    // On its own page the action is the page; beside the number it is one callout.
    if (prominent) return action;
    return (
      <Alert tone="warning" live={false}>
        <p>{t('phone.unverified', { phone: account.phone })}</p>
        {action}
      </Alert>
    );
  }
  return (
    <LazyCodeStep
      sentMessage={t('code.phoneSent', { phone: account.phone })}
      cooldownKey={cooldownKeys.verifyPhone(account.phone)}
      pending={confirm.isPending}
      error={confirm.error ?? request.error}
      submitLabel={t('phone.verify')}
      onSubmit={(secret) => confirm.mutate({ userId: account.$id, secret }, { onSuccess: () => toast(t('phone.verified')) })}
      onResend={() => {
        confirm.reset();
        request.mutate();
      }}
    />
  );
}

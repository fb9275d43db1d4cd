import { useState } from 'react';
import type { Account } from '../../api/account/account-cache.ts';
import { useConfirmEmailVerificationCode, useRequestEmailVerification, useRequestEmailVerificationCode } from '../../api/verification.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { LazyCodeStep, preloadCodeStep } from '../../components/verification/lazy-code-step.tsx';
import { useAppUrl } from '../../lib/use-app-url.ts';
import { cooldownKeys } from '../../lib/cooldown-keys.ts';
import { formatCountdown } from '../../lib/format-countdown.ts';
import { errorText } from '../../lib/i18n/error-text.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { startCooldown } from '../../lib/start-cooldown.ts';
import { useCooldown } from '../../lib/use-cooldown.ts';
import '../../lib/i18n/en/email.ts';

/**
 * An unverified address, in one callout: "We sent a link to … Didn't get it? Resend in 0:59 · Use a
 * code" (the cooldown survives reloads, so it also tells whether a link went out recently).
 */
export function EmailVerification({ account }: { account: Account }) {
  const t = useT();
  const linkTo = useAppUrl();
  const cooldown = useCooldown(cooldownKeys.verifyEmailLink(account.email));
  const sendLink = useRequestEmailVerification();
  const sendCode = useRequestEmailVerificationCode();
  const confirmCode = useConfirmEmailVerificationCode();
  const [codeMode, setCodeMode] = useState(false);
  const toast = useToast();
  const error = sendLink.error ?? (codeMode ? null : sendCode.error);

  if (confirmCode.isSuccess) return <Alert tone="success">{t('email.verified')}</Alert>;
  return (
    <Alert tone="warning" live={false}>
      <div className="flex flex-col gap-3">
        <p role="status">{cooldown.remaining > 0 ? t('email.linkSentTo', { email: account.email }) : t('email.unverified', { email: account.email })}</p>
        {error && <p role="alert">{errorText(error, t)}</p>}
        {codeMode && sendCode.isSuccess ? (
          <LazyCodeStep
            sentMessage={t('email.codeSent', { email: account.email })}
            cooldownKey={cooldownKeys.verifyEmailCode(account.email)}
            pending={confirmCode.isPending}
            error={confirmCode.error ?? sendCode.error}
            submitLabel={t('email.verifyCode')}
            onSubmit={(secret) => confirmCode.mutate({ userId: account.$id, secret }, { onSuccess: () => toast(t('email.verified')) })}
            onResend={() => {
              confirmCode.reset();
              sendCode.mutate();
            }}
          />
        ) : (
          <p className="flex flex-wrap items-center gap-x-2">
            {cooldown.remaining > 0 && <span>{t('email.didNotGetIt')}</span>}
            <Button
              variant="ghost"
              className="min-h-8 px-1 py-0"
              disabled={cooldown.remaining > 0}
              pending={sendLink.isPending}
              onClick={() => sendLink.mutate({ url: linkTo('/verify-email') }, { onSuccess: () => cooldown.start() })}
            >
              {cooldown.remaining > 0 ? t('email.resendIn', { time: formatCountdown(cooldown.remaining) }) : t('email.sendLink')}
            </Button>
            <span aria-hidden="true">·</span>
            <Button
              variant="ghost"
              className="min-h-8 px-1 py-0"
              pending={sendCode.isPending}
              onClick={() => {
                preloadCodeStep();
                setCodeMode(true);
                sendCode.mutate(undefined, { onSuccess: () => startCooldown(cooldownKeys.verifyEmailCode(account.email)) });
              }}
            >
              {t('email.useCode')}
            </Button>
          </p>
        )}
      </div>
    </Alert>
  );
}

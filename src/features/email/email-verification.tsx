import { useState } from 'react';
import type { Account } from '../../api/account/account-cache.ts';
import { useConfirmEmailVerificationCode, useRequestEmailVerification, useRequestEmailVerificationCode } from '../../api/verification.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { LazyCodeStep, preloadCodeStep } from '../../components/verification/lazy-code-step.tsx';
import { useEnvironment } from '../../config/runtime-config-context.tsx';
import { appUrl } from '../../lib/app-url.ts';
import { cooldownKeys } from '../../lib/cooldown-keys.ts';
import { errorText } from '../../lib/i18n/error-text.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { startCooldown, useCooldown } from '../../lib/use-cooldown.ts';
import '../../lib/i18n/en/settings.ts';

/** An unverified address: send the link (cooldown survives reloads) or verify with a code here. */
export function EmailVerification({ account }: { account: Account }) {
  const t = useT();
  const { config } = useEnvironment();
  const cooldown = useCooldown(cooldownKeys.verifyEmailLink(account.email));
  const sendLink = useRequestEmailVerification();
  const sendCode = useRequestEmailVerificationCode();
  const confirmCode = useConfirmEmailVerificationCode();
  const [codeMode, setCodeMode] = useState(false);
  const toast = useToast();

  if (confirmCode.isSuccess) return <Alert tone="success">{t('settings.email.verified')}</Alert>;
  return (
    <Alert tone="warning" title={t('settings.email.unverifiedTitle')} live={false}>
      <div className="flex flex-col gap-3">
        <p>{t('settings.email.unverifiedBody', { email: account.email })}</p>
        {sendLink.isSuccess && <p role="status">{t('settings.email.linkSent', { email: account.email })}</p>}
        {sendLink.error && <p role="alert">{errorText(sendLink.error, t)}</p>}
        {codeMode && sendCode.isSuccess ? (
          <LazyCodeStep
            sentMessage={t('settings.email.codeSent', { email: account.email })}
            cooldownKey={cooldownKeys.verifyEmailCode(account.email)}
            pending={confirmCode.isPending}
            error={confirmCode.error ?? sendCode.error}
            submitLabel={t('settings.email.verifyCode')}
            onSubmit={(secret) => confirmCode.mutate({ userId: account.$id, secret }, { onSuccess: () => toast(t('settings.email.verified')) })}
            onResend={() => {
              confirmCode.reset();
              sendCode.mutate();
            }}
          />
        ) : (
          <div className="flex flex-wrap gap-2">
            <Button
              variant="secondary"
              disabled={cooldown.remaining > 0}
              pending={sendLink.isPending}
              onClick={() => sendLink.mutate({ url: appUrl(config.basePath, '/verify-email') }, { onSuccess: () => cooldown.start() })}
            >
              {cooldown.remaining > 0 ? t('settings.email.sendIn', { seconds: cooldown.remaining }) : t('settings.email.sendLink')}
            </Button>
            <Button
              variant="ghost"
              pending={sendCode.isPending}
              onClick={() => {
                preloadCodeStep();
                setCodeMode(true);
                sendCode.mutate(undefined, { onSuccess: () => startCooldown(cooldownKeys.verifyEmailCode(account.email)) });
              }}
            >
              {t('settings.email.useCode')}
            </Button>
          </div>
        )}
        {sendCode.error && !codeMode && <p role="alert">{errorText(sendCode.error, t)}</p>}
      </div>
    </Alert>
  );
}

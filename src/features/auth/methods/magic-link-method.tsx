import { useState } from 'react';
import { useRequestMagicLink } from '../../../api/auth/tokens.ts';
import type { AccountError } from '../../../api/client/errors.ts';
import { Alert, ErrorAlert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { useEnvironment } from '../../../config/runtime-config-context.tsx';
import { appUrl } from '../../../lib/app-url.ts';
import { startFlow } from '../../../lib/flow-nonce.ts';
import { cooldownKeys } from '../../../lib/cooldown-keys.ts';
import { useT } from '../../../lib/i18n/i18n-context.tsx';
import { startCooldown } from '../../../lib/start-cooldown.ts';
import { useCooldown } from '../../../lib/use-cooldown.ts';
import { EmailForm } from '../email-form.tsx';
import '../../../lib/i18n/en/auth.ts';
import '../../../lib/i18n/en/verification.ts';

/** Email a magic link to `/magic-url?next=…`; then "check your inbox", with the security phrase and a resend. */
export function MagicLinkMethod({ next }: { next: string | null }) {
  const t = useT();
  const { config } = useEnvironment();
  const request = useRequestMagicLink();
  const [sent, setSent] = useState<{ email: string; phrase: string } | null>(null);
  const cooldown = useCooldown(cooldownKeys.magicLink(sent?.email ?? ''));

  const send = (email: string, fail?: (error: AccountError) => void) =>
    request.mutateAsync(
      { email, url: appUrl(config.basePath, '/magic-url', { next, flow: startFlow() }), phrase: config.securityPhrase },
      {
        onSuccess: (token) => {
          setSent({ email, phrase: token.phrase });
          startCooldown(cooldownKeys.magicLink(email));
        },
        onError: (error) => fail?.(error),
      },
    );

  if (!sent) return <EmailForm submitLabel={t('auth.magic.submit')} pending={request.isPending} onSubmit={(email, fail) => send(email, fail)} />;
  return (
    <div className="flex flex-col gap-4" role="status">
      <h2 className="text-lg font-semibold">{t('auth.magic.sent')}</h2>
      <p>{t('auth.magic.sentBody', { email: sent.email })}</p>
      {sent.phrase && <Alert tone="warning">{t('code.phrase', { phrase: sent.phrase })}</Alert>}
      <ErrorAlert error={request.error} />
      <div className="flex flex-wrap gap-3">
        <Button
          variant="secondary"
          disabled={cooldown.remaining > 0}
          pending={request.isPending}
          onClick={() => {
            cooldown.start();
            // The failure shows through `request.error`.
            void send(sent.email).catch(() => undefined);
          }}
        >
          {cooldown.remaining > 0 ? t('code.resendIn', { seconds: cooldown.remaining }) : t('code.resend')}
        </Button>
        <Button variant="ghost" onClick={() => setSent(null)}>
          {t('auth.magic.otherEmail')}
        </Button>
      </div>
    </div>
  );
}

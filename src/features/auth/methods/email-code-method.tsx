import { useState } from 'react';
import { useRequestEmailCode, useTokenSession } from '../../../api/auth/tokens.ts';
import { toAccountError } from '../../../api/client/errors.ts';
import { CodeStep } from '../../../components/verification/code-step.tsx';
import { useEnvironment } from '../../../config/runtime-config-context.tsx';
import { cooldownKeys } from '../../../lib/cooldown-keys.ts';
import { useT } from '../../../lib/i18n/i18n-context.tsx';
import { EmailForm } from '../email-form.tsx';
import '../../../lib/i18n/en/verification.ts';

/** Email a 6-digit code (createEmailToken), then exchange it for a session (createSession). */
export function EmailCodeMethod({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useT();
  const { config } = useEnvironment();
  const request = useRequestEmailCode();
  const session = useTokenSession();
  const [sent, setSent] = useState<{ email: string; userId: string; phrase: string } | null>(null);

  const send = (email: string) =>
    request.mutateAsync({ email, phrase: config.securityPhrase }).then((token) => setSent({ email, userId: token.userId, phrase: token.phrase }));

  if (!sent) {
    return (
      <EmailForm
        submitLabel={t('code.submit')}
        pending={request.isPending}
        onSubmit={(email, fail) => send(email).catch((error: unknown) => fail(toAccountError(error)))}
      />
    );
  }
  return (
    <CodeStep
      sentMessage={t('code.sentEmail', { email: sent.email })}
      phrase={sent.phrase}
      cooldownKey={cooldownKeys.emailCode(sent.email)}
      pending={session.isPending}
      error={session.error ?? request.error}
      onSubmit={(secret) => session.mutate({ userId: sent.userId, secret, via: 'email' }, { onSuccess: onSignedIn })}
      onResend={() => {
        session.reset();
        void send(sent.email).catch(() => undefined);
      }}
    />
  );
}

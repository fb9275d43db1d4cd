import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { useCompleteChallenge, useCreateChallenge } from '../../api/mfa/challenges.ts';
import { mfaQueries, usableFactors, type Factor } from '../../api/mfa/mfa-queries.ts';
import { cooldownKeys } from '../../lib/cooldown-keys.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { startCooldown } from '../../lib/use-cooldown.ts';
import { Alert, ErrorAlert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { Skeleton } from '../ui/skeleton.tsx';
import { CodeStep } from '../verification/code-step.tsx';
import { RecoveryCodeStep } from './recovery-code-step.tsx';
import '../../lib/i18n/en/mfa.ts';

const LABELS = { totp: 'mfa.factors.totp', email: 'mfa.factors.email', phone: 'mfa.factors.phone', recoveryCode: 'mfa.factors.recoveryCode' } as const;
const HINTS = { totp: 'mfa.factors.totpHint', email: 'mfa.factors.emailHint', phone: 'mfa.factors.phoneHint', recoveryCode: 'mfa.factors.recoveryCodeHint' } as const;

/** A code sent by email or text arrives with its challenge; the others are checked against a challenge made on submit. */
const isSent = (factor: Factor): factor is 'email' | 'phone' => factor === 'email' || factor === 'phone';

/**
 * Confirms a second factor the account really has (`listMFAFactors`): the authenticator app first when
 * there is one, else the user picks; "use another method" is always there when there are several.
 * Used by the sign-in's second step (/mfa) and by the "confirm it's you" dialog.
 */
export function SecondFactorForm({ onConfirmed, footer }: { onConfirmed: () => void; footer?: ReactNode }) {
  const t = useT();
  const factors = useQuery(mfaQueries.factors(useAppwrite()));
  const create = useCreateChallenge();
  const complete = useCompleteChallenge();
  // null: not chosen yet (the authenticator app when there is one); 'list': the user asked for the choices.
  const [chosen, setChosen] = useState<Factor | 'list' | null>(null);
  const [challengeId, setChallengeId] = useState<string | null>(null);

  const usable = factors.data ? usableFactors(factors.data) : [];
  const factor = chosen === 'list' ? null : (chosen ?? (usable.includes('totp') ? 'totp' : null));

  const send = (next: 'email' | 'phone') =>
    create.mutate(next, {
      onSuccess: (challenge) => {
        setChallengeId(challenge.$id);
        startCooldown(cooldownKeys.secondStep(next));
      },
    });
  const choose = (next: Factor | 'list') => {
    setChosen(next);
    setChallengeId(null);
    create.reset();
    complete.reset();
    if (next !== 'list' && isSent(next)) send(next);
  };
  const confirm = (otp: string) => {
    if (!factor) return;
    complete.mutate({ factor, otp, challengeId: challengeId ?? undefined }, { onSuccess: onConfirmed });
  };

  let body: ReactNode;
  if (factors.isPending) {
    body = (
      <div className="flex flex-col gap-3" aria-busy="true">
        <span className="sr-only">{t('mfa.loading')}</span>
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-10 w-full" />
      </div>
    );
  } else if (factors.error) {
    body = (
      <div className="flex flex-col gap-3">
        <ErrorAlert error={factors.error} />
        <div>
          <Button variant="secondary" onClick={() => void factors.refetch()}>
            {t('common.tryAgain')}
          </Button>
        </div>
      </div>
    );
  } else if (!usable.length) {
    body = <Alert tone="warning">{t('mfa.noFactors')}</Alert>;
  } else if (!factor) {
    body = (
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-semibold">{t('mfa.choose')}</legend>
        {usable.map((option) => (
          <button
            key={option}
            type="button"
            onClick={() => choose(option)}
            className="flex min-h-12 flex-col items-start rounded-control border border-border bg-surface px-4 py-2 text-start hover:bg-subtle"
          >
            <span className="font-medium">{t(LABELS[option])}</span>
            <span className="text-sm text-muted">{t(HINTS[option])}</span>
          </button>
        ))}
      </fieldset>
    );
  } else if (factor === 'recoveryCode') {
    body = <RecoveryCodeStep onSubmit={confirm} pending={complete.isPending} error={complete.error} />;
  } else if (isSent(factor) && !challengeId) {
    // Sending the code (or it failed: say why, offer another try).
    body = create.error ? (
      <div className="flex flex-col gap-3">
        <ErrorAlert error={create.error} />
        <div>
          <Button variant="secondary" onClick={() => send(factor)}>
            {t('common.tryAgain')}
          </Button>
        </div>
      </div>
    ) : (
      <Skeleton className="h-24 w-full" />
    );
  } else {
    body = (
      <CodeStep
        key={`${factor}-${challengeId ?? ''}`}
        sentMessage={factor === 'totp' ? t('mfa.totpPrompt') : t(factor === 'email' ? 'mfa.emailSent' : 'mfa.phoneSent')}
        submitLabel={t('mfa.confirm')}
        pending={complete.isPending}
        error={complete.error ?? create.error}
        invalidMessage={factor === 'totp' ? t('mfa.totpWrong') : undefined}
        onSubmit={confirm}
        {...(isSent(factor) ? { onResend: () => send(factor), cooldownKey: cooldownKeys.secondStep(factor) } : {})}
      />
    );
  }

  return (
    <div className="flex flex-col gap-4">
      {body}
      {(usable.length > 1 && factor) || footer ? (
        <div className="flex flex-wrap gap-3">
          {usable.length > 1 && factor && (
            <Button variant="ghost" onClick={() => choose('list')}>
              {t('mfa.otherMethod')}
            </Button>
          )}
          {footer}
        </div>
      ) : null}
    </div>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { isOpen, useCompleteChallenge, useCreateChallenge, type Challenge } from '../../api/mfa/challenges.ts';
import { mfaKeys } from '../../api/mfa/mfa-keys.ts';
import { mfaQueries, usableFactors, type Factor } from '../../api/mfa/mfa-queries.ts';
import { cooldownKeys } from '../../lib/cooldown-keys.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { startCooldown } from '../../lib/start-cooldown.ts';
import { Alert, ErrorAlert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { Skeleton } from '../ui/skeleton.tsx';
import { CodeStep } from '../verification/code-step.tsx';
import { RecoveryCodeStep } from './recovery-code-step.tsx';
import '../../lib/i18n/en/mfa.ts';

const LABELS = { totp: 'mfa.factors.totp', email: 'mfa.factors.email', phone: 'mfa.factors.phone', recoveryCode: 'mfa.factors.recoveryCode' } as const;
const HINTS = { totp: 'mfa.factors.totpHint', email: 'mfa.factors.emailHint', phone: 'mfa.factors.phoneHint', recoveryCode: 'mfa.factors.recoveryCodeHint' } as const;

/** Email and phone send their code when the challenge starts; the others start it on submit. */
const isSent = (factor: Factor): factor is 'email' | 'phone' => factor === 'email' || factor === 'phone';

function FactorChoice({ factor, onChoose }: { factor: Factor; onChoose: () => void }) {
  const t = useT();
  const hintId = useId();
  return (
    <button
      type="button"
      onClick={onChoose}
      aria-label={t(LABELS[factor])}
      aria-describedby={hintId}
      className="flex min-h-12 flex-col items-start rounded-control border border-border bg-surface px-4 py-2 text-start hover:bg-subtle"
    >
      <span className="font-medium">{t(LABELS[factor])}</span>
      <span id={hintId} className="text-sm text-muted">
        {t(HINTS[factor])}
      </span>
    </button>
  );
}

/**
 * Confirms a second factor the account really has (`listMFAFactors`), never the one the sign-in itself
 * used: the authenticator app first when there is one, else the user picks; "use another method" is
 * there whenever there are several. Open challenges are reused (a wrong code leaves them open; the
 * server allows 10 an hour). Used by the sign-in's second step (/mfa) and the "confirm it's you" dialog.
 */
export function SecondFactorForm({ onConfirmed, footer }: { onConfirmed: () => void; footer?: ReactNode }) {
  const t = useT();
  const queryClient = useQueryClient();
  const factors = useQuery(mfaQueries.factors(useAppwrite()));
  const create = useCreateChallenge();
  const complete = useCompleteChallenge();
  // null: not chosen yet (the authenticator app when there is one); 'list': the user asked for the choices.
  const [chosen, setChosen] = useState<Factor | 'list' | null>(null);
  const [challenges, setChallenges] = useState<Partial<Record<Factor, Challenge>>>({});
  // Factors that turned out to be the sign-in's own (it counts once): not offered again.
  const [spent, setSpent] = useState<Factor[]>(() => {
    const firstStep = queryClient.getQueryData<Factor | null>(mfaKeys.firstStep());
    return firstStep ? [firstStep] : [];
  });

  const usable = factors.data ? usableFactors(factors.data).filter((option) => !spent.includes(option)) : [];
  const factor = chosen === 'list' ? null : (chosen ?? (usable.includes('totp') ? 'totp' : null));
  const remember = (option: Factor, challenge: Challenge) => setChallenges((open) => ({ ...open, [option]: challenge }));

  const send = (option: 'email' | 'phone') =>
    create.mutate(option, {
      onSuccess: (challenge) => {
        remember(option, challenge);
        startCooldown(cooldownKeys.secondStep(option));
      },
    });
  const choose = (next: Factor | 'list') => {
    setChosen(next);
    create.reset();
    complete.reset();
    // A code already on its way is used, not sent again.
    if (next !== 'list' && isSent(next) && !isOpen(challenges[next])) send(next);
  };
  const confirm = (otp: string) => {
    if (!factor) return;
    complete.mutate(
      { factor, otp, challenge: challenges[factor], onStarted: (challenge) => remember(factor, challenge) },
      {
        onSuccess: ({ done }) => {
          if (done) return onConfirmed();
          setSpent((list) => [...list, factor]);
          setChosen('list');
        },
      },
    );
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
        {spent.length > 0 && complete.isSuccess && <Alert tone="info">{t('mfa.sameAsFirstStep')}</Alert>}
        {usable.map((option) => (
          <FactorChoice key={option} factor={option} onChoose={() => choose(option)} />
        ))}
      </fieldset>
    );
  } else if (factor === 'recoveryCode') {
    body = <RecoveryCodeStep onSubmit={confirm} pending={complete.isPending} error={complete.error} />;
  } else if (isSent(factor) && !isOpen(challenges[factor])) {
    // The code is being sent (or sending failed: say why, offer another try).
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
      <div aria-busy="true">
        <span className="sr-only" role="status">
          {t('mfa.sending')}
        </span>
        <Skeleton className="h-24 w-full" />
      </div>
    );
  } else {
    body = (
      <CodeStep
        key={`${factor}-${challenges[factor]?.$id ?? ''}`}
        focusOnMount={chosen !== null}
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

import { useState } from 'react';
import { type SignOutOthersResult, useSignOutSessions } from '../../api/sessions/session-mutations.ts';
import type { Session } from '../../api/sessions/session-queries.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { formatCountdown } from '../../lib/format-countdown.ts';
import { errorText } from '../../lib/i18n/error-text.ts';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import { useRetryAfter } from '../../lib/use-retry-after.ts';
import '../../lib/i18n/en/sessions.ts';

/**
 * "Sign out of all other sessions": Appwrite has no single call, so each other session is deleted
 * in turn with visible progress; failures are listed with a retry for just those.
 */
export function SignOutOthers({ others }: { others: Session[] }) {
  const { t, plural } = useI18n();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<SignOutOthersResult | null>(null);
  const signOut = useSignOutSessions();

  const run = (sessionIds: string[]) => {
    setConfirming(false);
    setResult(null);
    setProgress({ done: 0, total: sessionIds.length });
    signOut.mutate(
      { sessionIds, onProgress: (done, total) => setProgress({ done, total }) },
      {
        onSuccess: (outcome) => {
          setResult(outcome);
          if (!outcome.failed.length) toast(plural(outcome.signedOut.length, 'sessions.others.doneOne', 'sessions.others.done'));
        },
        onSettled: () => setProgress(null),
      },
    );
  };

  const failed = result?.failed ?? [];
  // A rate limit: "Try again for those" waits, counting down.
  const wait = useRetryAfter(failed.find(({ error }) => error.retryAt !== undefined)?.error);
  if (!others.length && !failed.length) return null;
  return (
    <>
      {/* Progress and failures take a line of their own above the buttons (this sits in an actions row). */}
      {(progress !== null || failed.length > 0) && (
        <div className="order-first flex basis-full flex-col gap-3">
          {progress && (
            <div role="status" className="flex flex-col gap-1 text-sm">
              <span>{t('sessions.others.progress', progress)}</span>
              <progress className="h-2 w-full max-w-sm accent-accent" max={progress.total} value={progress.done} />
            </div>
          )}
          {result && failed.length > 0 && (
            <Alert tone="danger" title={t('sessions.others.partial', { failed: failed.length, total: failed.length + result.signedOut.length })}>
              <ul className="list-disc ps-5">
                {failed.map(({ sessionId, error }) => (
                  <li key={sessionId}>{errorText(error, t)}</li>
                ))}
              </ul>
              <Button variant="secondary" className="mt-2" disabled={wait > 0} onClick={() => run(failed.map((f) => f.sessionId))}>
                {wait > 0 ? t('common.retryIn', { time: formatCountdown(wait) }) : t('sessions.others.retry')}
              </Button>
            </Alert>
          )}
        </div>
      )}
      {others.length > 0 && (
        <Button variant="secondary" disabled={signOut.isPending} onClick={() => setConfirming(true)}>
          {t('sessions.others.button')}
        </Button>
      )}
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        title={plural(others.length, 'sessions.others.titleOne', 'sessions.others.title')}
        description={t('sessions.others.body')}
        tone="danger"
        confirmLabel={t('sessions.others.confirm')}
        onConfirm={() => run(others.map((s) => s.$id))}
      />
    </>
  );
}

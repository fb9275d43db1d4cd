import { lazy, Suspense, useId, useState } from 'react';
import type { MfaFactors } from '../../api/mfa/mfa-queries.ts';
import { useAddAuthenticator, useRemoveAuthenticator } from '../../api/mfa/mfa-mutations.ts';
import { ErrorAlert } from '../../components/ui/alert.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { FormActions } from '../../components/ui/form-actions.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import '../../lib/i18n/en/security.ts';

// The setup (with the QR library) loads when someone starts it.
const AuthenticatorSetup = lazy(() => import('./authenticator-setup.tsx').then((m) => ({ default: m.AuthenticatorSetup })));

/** The authenticator app: set one up (QR code, key, first code), or remove it (needs a recent second factor). */
export function AuthenticatorSection({ factors }: { factors: MfaFactors }) {
  // Unique on the page: two embedded widgets may show this section at once.
  const titleId = useId();
  const t = useT();
  const toast = useToast();
  const add = useAddAuthenticator();
  const remove = useRemoveAuthenticator();
  const [confirming, setConfirming] = useState(false);
  const setup = add.data;

  return (
    <Card labelledBy={titleId}>
      <div className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={titleId} className="text-lg font-semibold">
            {t('security.authenticator.title')}
          </h2>
          {factors.totp && <Badge tone="success">✓ {t('security.twoFactor.ready')}</Badge>}
        </div>
        <p className="text-sm text-muted">{t('security.authenticator.body')}</p>
        {factors.totp ? (
          <>
            <p>{t('security.authenticator.set')}</p>
            <FormActions>
              <Button variant="secondary" onClick={() => setConfirming(true)}>
                {t('security.authenticator.remove')}
              </Button>
            </FormActions>
          </>
        ) : setup ? (
          <Suspense fallback={<Skeleton className="h-64 w-full" />}>
            <AuthenticatorSetup secret={setup.secret} uri={setup.uri} onDone={() => add.reset()} onCancel={() => add.reset()} />
          </Suspense>
        ) : (
          <>
            <ErrorAlert error={add.error} />
            {/* One primary action per page: turning two-step on; setting up a way is secondary to it. */}
            <FormActions>
              <Button variant="secondary" pending={add.isPending} onClick={() => add.mutate()}>
                {t('security.authenticator.add')}
              </Button>
            </FormActions>
          </>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        onCancel={() => {
          setConfirming(false);
          remove.reset();
        }}
        title={t('security.authenticator.removeTitle')}
        description={t('security.authenticator.removeBody')}
        tone="danger"
        confirmLabel={t('security.authenticator.remove')}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              toast(t('security.authenticator.removed'));
            },
          })
        }
      />
    </Card>
  );
}

import { useId, useState } from 'react';
import type { MfaFactors } from '../../api/mfa/mfa-queries.ts';
import { useCreateRecoveryCodes, useRegenerateRecoveryCodes } from '../../api/mfa/mfa-mutations.ts';
import { ErrorAlert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { FormActions } from '../../components/ui/form-actions.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { RecoveryCodesPanel } from './recovery-codes-panel.tsx';
import '../../lib/i18n/en/security.ts';

/** Recovery codes: create the first ones, or new ones (the old stop working; needs a recent second factor). Shown once. */
export function RecoveryCodesSection({ factors }: { factors: MfaFactors }) {
  // Unique on the page: two embedded widgets may show this section at once.
  const titleId = useId();
  const t = useT();
  const create = useCreateRecoveryCodes();
  const regenerate = useRegenerateRecoveryCodes();
  const [confirming, setConfirming] = useState(false);
  const [shown, setShown] = useState<string[] | null>(null);
  const show = ({ recoveryCodes }: { recoveryCodes: string[] }) => setShown(recoveryCodes);

  return (
    <Card labelledBy={titleId}>
      <div className="flex flex-col gap-4">
        <h2 id={titleId} className="text-lg font-semibold">
          {t('security.recovery.title')}
        </h2>
        <p className="text-sm text-muted">{t('security.recovery.body')}</p>
        {shown ? (
          <RecoveryCodesPanel codes={shown} onDone={() => setShown(null)} />
        ) : (
          <>
            <p>{factors.recoveryCode ? t('security.recovery.some') : t('security.recovery.none')}</p>
            <FormActions>
              {factors.recoveryCode ? (
                <Button variant="secondary" onClick={() => setConfirming(true)}>
                  {t('security.recovery.regenerate')}
                </Button>
              ) : (
                <Button variant="secondary" pending={create.isPending} onClick={() => create.mutate(undefined, { onSuccess: show })}>
                  {t('security.recovery.create')}
                </Button>
              )}
            </FormActions>
          </>
        )}
        <ErrorAlert error={create.error} />
      </div>
      <ConfirmDialog
        open={confirming}
        onCancel={() => {
          setConfirming(false);
          regenerate.reset();
        }}
        title={t('security.recovery.regenerateTitle')}
        description={t('security.recovery.regenerateBody')}
        tone="danger"
        confirmLabel={t('security.recovery.regenerate')}
        pending={regenerate.isPending}
        error={regenerate.error}
        onConfirm={() =>
          regenerate.mutate(undefined, {
            onSuccess: (codes) => {
              setConfirming(false);
              show(codes);
            },
          })
        }
      />
    </Card>
  );
}

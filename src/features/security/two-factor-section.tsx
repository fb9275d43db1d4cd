import { useId, useState } from 'react';
import type { Account } from '../../api/account/account-cache.ts';
import type { MfaFactors } from '../../api/mfa/mfa-queries.ts';
import { useCreateRecoveryCodes, useSetTwoFactor } from '../../api/mfa/mfa-mutations.ts';
import { Alert, ErrorAlert } from '../../components/ui/alert.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { FormActions } from '../../components/ui/form-actions.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { RecoveryCodesPanel } from './recovery-codes-panel.tsx';
import { canTurnOn, needsRecoveryCodesFirst } from './two-factor-rules.ts';
import '../../lib/i18n/en/security.ts';

const WAYS = [
  { factor: 'totp', label: 'security.twoFactor.authenticator' },
  { factor: 'email', label: 'security.twoFactor.email' },
  { factor: 'phone', label: 'security.twoFactor.phone' },
  { factor: 'recoveryCode', label: 'security.twoFactor.recoveryCodes' },
] as const;

/**
 * Two-step verification on or off, with the ways to confirm the account has. Turning it on needs a
 * second factor, and shows recovery codes first when there are none; turning it off asks for one.
 */
export function TwoFactorSection({ account, factors }: { account: Account; factors: MfaFactors }) {
  // Unique on the page: two embedded widgets may show this section at once.
  const titleId = useId();
  const t = useT();
  const toast = useToast();
  const setTwoFactor = useSetTwoFactor();
  const createCodes = useCreateRecoveryCodes();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [confirmingOff, setConfirmingOff] = useState(false);

  const turnOn = () =>
    setTwoFactor.mutate(
      { on: true },
      {
        onSuccess: () => {
          setCodes(null);
          toast(t('security.twoFactor.turnedOn'));
        },
      },
    );
  const startTurningOn = () => {
    if (needsRecoveryCodesFirst(factors)) createCodes.mutate(undefined, { onSuccess: ({ recoveryCodes }) => setCodes(recoveryCodes) });
    else turnOn();
  };

  return (
    <Card labelledBy={titleId}>
      <div className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={titleId} className="text-lg font-semibold">
            {t('security.twoFactor.title')}
          </h2>
          <Badge tone={account.mfa ? 'success' : 'neutral'}>{account.mfa ? t('security.twoFactor.on') : t('security.twoFactor.off')}</Badge>
        </div>
        <p className="text-sm text-muted">{account.mfa ? t('security.twoFactor.bodyOn') : t('security.twoFactor.bodyOff')}</p>
        {/* Appwrite asks for a second step only while the account has one (contract §2.7). */}
        {account.mfa && !canTurnOn(factors) && <Alert tone="warning">{t('security.twoFactor.notEnforced')}</Alert>}
        <div>
          <h3 className="mb-2 text-sm font-medium text-muted">{t('security.twoFactor.ways')}</h3>
          <ul className="flex flex-col gap-1 text-sm">
            {WAYS.map(({ factor, label }) => (
              <li key={factor} className="flex flex-wrap items-center justify-between gap-2 border-b border-border py-1.5 last:border-b-0">
                <span>{t(label)}</span>
                {factors[factor] ? <Badge tone="success">✓ {t('security.twoFactor.ready')}</Badge> : <Badge>{t('security.twoFactor.notSetUp')}</Badge>}
              </li>
            ))}
          </ul>
        </div>
        <ErrorAlert error={confirmingOff ? createCodes.error : (setTwoFactor.error ?? createCodes.error)} />
        {codes ? (
          <>
            <p className="font-medium">{t('security.twoFactor.codesFirst')}</p>
            <RecoveryCodesPanel codes={codes} doneLabel={t('security.twoFactor.codesSavedTurnOn')} onDone={turnOn} />
          </>
        ) : account.mfa ? (
          <FormActions>
            <Button variant="secondary" onClick={() => setConfirmingOff(true)}>
              {t('security.twoFactor.turnOff')}
            </Button>
          </FormActions>
        ) : canTurnOn(factors) ? (
          <FormActions>
            <Button pending={setTwoFactor.isPending || createCodes.isPending} onClick={startTurningOn}>
              {t('security.twoFactor.turnOn')}
            </Button>
          </FormActions>
        ) : (
          <Alert tone="info">{t('security.twoFactor.needFactor')}</Alert>
        )}
      </div>
      <ConfirmDialog
        open={confirmingOff}
        onCancel={() => {
          setConfirmingOff(false);
          setTwoFactor.reset();
        }}
        title={t('security.twoFactor.offTitle')}
        description={t('security.twoFactor.offBody')}
        tone="danger"
        confirmLabel={t('security.twoFactor.turnOff')}
        pending={setTwoFactor.isPending}
        error={setTwoFactor.error}
        onConfirm={() =>
          setTwoFactor.mutate(
            { on: false, confirmFirst: canTurnOn(factors) },
            {
              onSuccess: () => {
                setConfirmingOff(false);
                toast(t('security.twoFactor.turnedOff'));
              },
            },
          )
        }
      />
    </Card>
  );
}

import { AccountError } from '../../api/client/errors.ts';
import { useStepUpController } from '../../api/mfa/step-up.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { Button } from '../ui/button.tsx';
import { Dialog } from '../ui/dialog.tsx';
import { SecondFactorForm } from './second-factor-form.tsx';
import '../../lib/i18n/en/mfa.ts';

/**
 * "Confirm it's you", over whatever page asked for it (StepUpHost shows it while an action waits for a
 * recent second factor). Confirming lets that action run again; closing cancels it.
 */
export function StepUpDialog() {
  const t = useT();
  const stepUp = useStepUpController();
  const cancel = () => stepUp.settle(new AccountError({ status: 0, type: 'step_up_cancelled', messageKey: 'mfa.errors.stepUpCancelled', serverMessage: '' }));
  return (
    <Dialog
      open
      onClose={cancel}
      title={t('mfa.stepUpTitle')}
      description={t('mfa.stepUpBody')}
      actions={
        <Button variant="secondary" onClick={cancel}>
          {t('common.cancel')}
        </Button>
      }
    >
      <SecondFactorForm onConfirmed={() => stepUp.settle(null)} />
    </Dialog>
  );
}

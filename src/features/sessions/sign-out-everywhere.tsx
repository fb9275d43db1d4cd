import { useState } from 'react';
import { useSignOutEverywhere } from '../../api/use-session-mutations.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import '../../lib/i18n/en/sessions.ts';

/** Ends every session, this one included; the shell then sends the user to sign in. */
export function SignOutEverywhere() {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const signOut = useSignOutEverywhere();
  return (
    <>
      <Button variant="ghost" className="text-danger" onClick={() => setConfirming(true)}>
        {t('sessions.everywhere.button')}
      </Button>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t('sessions.everywhere.title')}
        description={t('sessions.everywhere.body')}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button variant="danger" pending={signOut.isPending} onClick={() => signOut.mutate()}>
              {t('sessions.everywhere.confirm')}
            </Button>
          </>
        }
      >
        {signOut.error && <Alert tone="danger">{t(signOut.error.messageKey, { detail: signOut.error.serverMessage })}</Alert>}
      </Dialog>
    </>
  );
}

import { useState } from 'react';
import { useSignOutEverywhere } from '../../api/sessions/session-mutations.ts';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import '../../lib/i18n/en/sessions.ts';

/** Ends every session, this one included; the shell then sends the user to sign in. */
export function SignOutEverywhere() {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const signOut = useSignOutEverywhere();
  return (
    <>
      <Button variant="danger" onClick={() => setConfirming(true)}>
        {t('sessions.everywhere.button')}
      </Button>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        title={t('sessions.everywhere.title')}
        description={t('sessions.everywhere.body')}
        tone="danger"
        confirmLabel={t('sessions.everywhere.confirm')}
        pending={signOut.isPending}
        error={signOut.error}
        onConfirm={() => signOut.mutate()}
      />
    </>
  );
}

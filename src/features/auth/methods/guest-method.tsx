import { useGuestSession } from '../../../api/use-token-sign-in.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { useT } from '../../../lib/i18n/i18n-context.tsx';
import '../../../lib/i18n/en/auth.ts';

/** An anonymous session: no details asked; the shell then invites the guest to save the account. */
export function GuestMethod({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useT();
  const guest = useGuestSession();
  return (
    <div className="flex flex-col gap-4">
      <p>{t('auth.guest.body')}</p>
      {guest.error && <Alert tone="danger">{t(guest.error.messageKey, { detail: guest.error.serverMessage })}</Alert>}
      <Button pending={guest.isPending} onClick={() => guest.mutate(undefined, { onSuccess: onSignedIn })}>
        {t('auth.guest.submit')}
      </Button>
    </div>
  );
}

import { useGuestSession } from '../../../api/auth/sign-in.ts';
import { ErrorAlert } from '../../../components/ui/alert.tsx';
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
      <ErrorAlert error={guest.error} />
      <Button pending={guest.isPending} onClick={() => guest.mutate(undefined, { onSuccess: onSignedIn })}>
        {t('auth.guest.submit')}
      </Button>
    </div>
  );
}

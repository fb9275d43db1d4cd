import type { Account } from '../../api/account/account-cache.ts';
import { useSignOut } from '../../api/auth/sign-out.ts';
import { ErrorAlert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import '../../lib/i18n/en/auth.ts';

/** Signed in already: continue, or sign out first (never Appwrite's `user_session_already_exists`). */
export function ContinueAs({ account, onContinue }: { account: Account; onContinue: () => void }) {
  const t = useT();
  const signOut = useSignOut();
  const name = account.name || account.email || account.phone || t('app.anonymous');
  return (
    <section aria-labelledby="continue-as" className="flex flex-col gap-4 rounded-card border border-border bg-surface p-4">
      <h2 id="continue-as" className="text-lg font-semibold">
        {t('auth.continueAs.title')}
      </h2>
      <p>{t('auth.continueAs.body', { name })}</p>
      <ErrorAlert error={signOut.error} />
      <div className="flex flex-wrap gap-3">
        <Button onClick={onContinue}>{t('auth.continueAs.continue', { name })}</Button>
        <Button variant="secondary" pending={signOut.isPending} onClick={() => signOut.mutate()}>
          {t('auth.continueAs.signOut')}
        </Button>
      </div>
    </section>
  );
}

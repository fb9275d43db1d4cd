import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { accountQueries } from '../../api/account/account-queries.ts';
import { useSignOut } from '../../api/auth/sign-out.ts';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { isSecondFactorRequired } from '../../api/client/errors.ts';
import { SecondFactorForm } from '../../components/mfa/second-factor-form.tsx';
import { ErrorAlert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { useAfterAuth } from './use-after-auth.ts';
import '../../lib/i18n/en/mfa.ts';

/**
 * `/mfa?next=…`: the second step of signing in, whichever way the first step went. The guards send a
 * session that needs it here; once confirmed the account is readable and the user goes on to `next`.
 * "Sign out" ends the half-open session.
 */
export function MfaPage() {
  const t = useT();
  const after = useAfterAuth();
  const account = useQuery(accountQueries.account(useAppwrite()));
  const signOut = useSignOut();
  const title = t('mfa.title');

  // Waiting for the second step: the form (a failed read keeps the data it had, so check the error first).
  // Fully signed in (confirmed, or never needed): go on. No session at all: sign in first.
  const waiting = isSecondFactorRequired(account.error);
  if (!waiting && account.data) return <Navigate to={after.next ?? '/profile'} replace />;
  if (!waiting && account.data === null) return <Navigate to={after.withNext('/sign-in')} replace />;
  return (
    <>
      <title>{title}</title>
      <PageHeading>{title}</PageHeading>
      <p className="text-muted">{t('mfa.intro')}</p>
      <ErrorAlert error={signOut.error} />
      <SecondFactorForm
        onConfirmed={after.continue}
        footer={
          <Button variant="ghost" pending={signOut.isPending} onClick={() => signOut.mutate()}>
            {t('mfa.signOut')}
          </Button>
        }
      />
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { accountQueries } from '../../api/account-queries.ts';
import { useAppwrite } from '../../api/appwrite-context.tsx';
import { useEnvironment } from '../../app/config/runtime-config-context.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { ContinueAs } from './continue-as.tsx';
import { SignUpForm } from './sign-up-form.tsx';
import { useAfterAuth } from './use-after-auth.ts';

export function SignUpPage() {
  const t = useT();
  const { config } = useEnvironment();
  const after = useAfterAuth();
  const title = t('auth.signUp.title', { app: config.appName });
  const { data: account } = useQuery(accountQueries.account(useAppwrite()));
  if (account) {
    return (
      <>
        <title>{title}</title>
        <PageHeading>{title}</PageHeading>
        <ContinueAs account={account} onContinue={after.continue} />
      </>
    );
  }

  return (
    <>
      <title>{title}</title>
      <PageHeading>{title}</PageHeading>
      <SignUpForm onSignedUp={after.continue} />
      <p className="text-sm text-muted">
        {t('auth.signUp.haveAccount')}{' '}
        <Link to={after.withNext('/sign-in')} className="font-medium text-accent underline">
          {t('auth.signUp.signIn')}
        </Link>
      </p>
    </>
  );
}

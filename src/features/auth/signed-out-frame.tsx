import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { accountQueries } from '../../api/account/account-queries.ts';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { isSecondFactorRequired } from '../../api/client/errors.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { ContinueAs } from './continue-as.tsx';
import { useAfterAuth } from './use-after-auth.ts';

/**
 * The frame of a page for signed-out visitors: its title, then its content, or "continue as …" when
 * already signed in. A sign-in waiting for its second step goes on at /mfa (a new sign-in would be refused).
 */
export function SignedOutFrame({ title, onContinue, children }: { title: string; onContinue: () => void; children: ReactNode }) {
  const { data: account, error } = useQuery(accountQueries.account(useAppwrite()));
  const after = useAfterAuth();
  if (isSecondFactorRequired(error)) return <Navigate to={after.withNext('/mfa')} replace />;
  return (
    <>
      <title>{title}</title>
      <PageHeading>{title}</PageHeading>
      {account ? <ContinueAs account={account} onContinue={onContinue} /> : children}
    </>
  );
}

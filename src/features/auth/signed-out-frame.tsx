import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { accountQueries } from '../../api/account/account-queries.ts';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { ContinueAs } from './continue-as.tsx';

/** The frame of a page for signed-out visitors: its title, then its content, or "continue as …" when already signed in. */
export function SignedOutFrame({ title, onContinue, children }: { title: string; onContinue: () => void; children: ReactNode }) {
  const { data: account } = useQuery(accountQueries.account(useAppwrite()));
  return (
    <>
      <title>{title}</title>
      <PageHeading>{title}</PageHeading>
      {account ? <ContinueAs account={account} onContinue={onContinue} /> : children}
    </>
  );
}

import { createContext, use, type ReactNode } from 'react';
import type { Account } from './account-queries.ts';

const SignedInAccountContext = createContext<Account | null>(null);

/** Provided by the signed-in shell, which renders its pages only while an account exists. */
export function SignedInAccountProvider({ account, children }: { account: Account; children: ReactNode }) {
  return <SignedInAccountContext value={account}>{children}</SignedInAccountContext>;
}

/** The signed-in account, always current with the query cache. Only for pages inside the shell. */
export function useSignedInAccount(): Account {
  const account = use(SignedInAccountContext);
  if (!account) throw new Error('useSignedInAccount must be used inside the signed-in shell');
  return account;
}

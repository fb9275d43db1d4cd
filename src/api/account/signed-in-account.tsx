import { createContext, use, type ReactNode } from 'react';
import { readDisplayPrefs } from '../../lib/prefs/display-prefs.ts';
import type { Account } from './account-cache.ts';

const NO_PROVIDER = Symbol('no SignedInAccountProvider');
const SignedInAccountContext = createContext<Account | undefined | typeof NO_PROVIDER>(NO_PROVIDER);

/**
 * The signed-in account, always current with the query cache. Provided by the signed-in shell;
 * `undefined` while the first account check of a cold start is still running.
 */
export function SignedInAccountProvider({ value, children }: { value: Account | undefined; children: ReactNode }) {
  return <SignedInAccountContext value={value}>{children}</SignedInAccountContext>;
}

/** The account, or undefined while it loads (for pages that paint before it: `beforeAccount` in page-table.ts). */
export function useAccountIfLoaded(): Account | undefined {
  const value = use(SignedInAccountContext);
  if (value === NO_PROVIDER) throw new Error('SignedInAccountProvider is missing: wrap the tree in its provider');
  return value;
}

/** The account, for pages the shell renders only once it is loaded. */
export function useSignedInAccount(): Account {
  const account = useAccountIfLoaded();
  if (!account) throw new Error('The account is not loaded yet: this page must not be marked beforeAccount');
  return account;
}

/** The timezone the user chose in prefs (`timezone`), else undefined = the browser's. */
export function useAccountTimeZone(): string | undefined {
  const account = useAccountIfLoaded();
  return account && readDisplayPrefs(account.prefs).timeZone;
}

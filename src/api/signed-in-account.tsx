import { createRequiredContext } from '../lib/required-context.tsx';
import type { Account } from './account-queries.ts';

/**
 * The signed-in account, always current with the query cache. Provided by the signed-in shell,
 * which renders its pages only while an account exists.
 */
export const [SignedInAccountProvider, useSignedInAccount] = createRequiredContext<Account>('SignedInAccountProvider');

/** The timezone the user chose in prefs (`timezone`), else undefined = the browser's. */
export function useAccountTimeZone(): string | undefined {
  const { timezone } = useSignedInAccount().prefs;
  return typeof timezone === 'string' && timezone ? timezone : undefined;
}

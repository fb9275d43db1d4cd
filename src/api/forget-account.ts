import type { QueryClient } from '@tanstack/react-query';
import { accountKeys } from './query-keys.ts';

/**
 * After any sign-out (one session, everywhere, deactivation): drop everything cached about the account
 * and mark it signed out, so the shell sends the user to sign in and nothing stale is shown to the next one.
 */
export function forgetAccount(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey.length > accountKeys.account().length });
  queryClient.setQueryData(accountKeys.account(), null);
}

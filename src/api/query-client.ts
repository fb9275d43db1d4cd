import { MutationCache, onlineManager, QueryCache, QueryClient } from '@tanstack/react-query';
import { accountKeys, clearUserDataOnOwnerChange, setAccount } from './account/account-cache.ts';
import { AccountError, isBlockedError, isSecondFactorRequired, isSignedOutError } from './client/errors.ts';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: AccountError;
  }
}

/**
 * One QueryClient per app instance. No retries on 4xx (they will not change); when any call finds
 * the session gone, the cached account becomes `null` and the shell sends the user to sign in. When
 * one finds the session needs a second step (two-factor turned on elsewhere) or the account deactivated,
 * the cached account is dropped and read again (by the shell, which watches it): its error sends the
 * user to /mfa or /deactivated.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown, queryKey?: readonly unknown[]) => {
    if (isSignedOutError(error)) setAccount(queryClient, null);
    // Read the account again: its own answer (a second step needed, or deactivated) tells the shell where to go.
    else if ((isSecondFactorRequired(error) || isBlockedError(error)) && queryKey?.length !== accountKeys.account().length) {
      void queryClient.resetQueries({ queryKey: accountKeys.account(), exact: true });
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => onError(error) }),
    defaultOptions: {
      // 'always': offline, a call fails at once with the offline message (a retry button, input kept)
      // rather than pausing: a paused read shows skeletons forever, a paused write would fire unseen later.
      queries: {
        staleTime: 30_000,
        networkMode: 'always',
        // A 4xx will not change, and nor will being offline (reconnecting refetches anyway).
        retry: (failureCount, error) => onlineManager.isOnline() && !(error.status >= 400 && error.status < 500) && failureCount < 2,
      },
      // A finished write is dropped once its form is gone: what was typed (a password) does not linger.
      mutations: { retry: false, networkMode: 'always', gcTime: 0 },
    },
  });
  clearUserDataOnOwnerChange(queryClient);
  return queryClient;
}

import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { accountKeys, setAccount } from './account/account-cache.ts';
import { AccountError, isSecondFactorRequired, isSignedOutError } from './client/errors.ts';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: AccountError;
  }
}

/**
 * One QueryClient per app instance. No retries on 4xx (they will not change); when any call finds
 * the session gone, the cached account becomes `null` and the shell sends the user to sign in. When
 * one finds the session needs a second step (two-factor turned on elsewhere), the cached account is
 * dropped and read again (by the shell, which watches it): its error sends the user to /mfa.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown, queryKey?: readonly unknown[]) => {
    if (isSignedOutError(error)) setAccount(queryClient, null);
    else if (isSecondFactorRequired(error) && queryKey?.length !== accountKeys.account().length) {
      void queryClient.resetQueries({ queryKey: accountKeys.account(), exact: true });
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => onError(error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => !(error.status >= 400 && error.status < 500) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}

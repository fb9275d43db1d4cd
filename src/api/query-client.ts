import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { setAccount } from './account/account-cache.ts';
import { AccountError, isSignedOutError } from './client/errors.ts';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: AccountError;
  }
}

/**
 * One QueryClient per app instance. No retries on 4xx (they will not change); when any call finds
 * the session gone, the cached account becomes `null` and the shell sends the user to sign in.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isSignedOutError(error)) setAccount(queryClient, null);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
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

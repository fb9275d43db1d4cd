/** Reading the signed-in account. Route loaders use it at start-up, so it stays small (mutations are apart). */
import { queryOptions } from '@tanstack/react-query';
import type { AppwriteApi } from '../client/appwrite.ts';
import { callApi, isSignedOutError } from '../client/errors.ts';
import { type Account, accountKeys } from './account-cache.ts';

/** Signed out is not an error here: `account.get()` failing with 401 `general_unauthorized_scope` → `null`. */
async function getAccountOrNull(api: AppwriteApi): Promise<Account | null> {
  try {
    return await callApi(() => api.account.get());
  } catch (error) {
    if (isSignedOutError(error)) return null;
    throw error;
  }
}

export const accountQueries = {
  account: (api: AppwriteApi) =>
    // Each app instance has its own QueryClient, so `api` need not be part of the key.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: accountKeys.account(),
      queryFn: () => getAccountOrNull(api),
      staleTime: 60_000,
    }),
};

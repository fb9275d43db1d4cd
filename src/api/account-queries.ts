import { queryOptions } from '@tanstack/react-query';
import type { Models } from 'appwrite';
import type { AppwriteApi } from './appwrite.ts';
import { callApi, isSignedOutError } from './errors.ts';
import { accountKeys } from './query-keys.ts';

/** Prefs are an open key-value object (locale, timezone, theme and whatever else the app stores). */
export type Prefs = Record<string, unknown>;
export type Account = Models.User<Prefs>;

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

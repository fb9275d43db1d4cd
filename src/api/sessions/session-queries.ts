/** Sessions on every device: the list. Route loaders use it at start-up, so it stays small (mutations are apart). */
import { queryOptions } from '@tanstack/react-query';
import type { Models } from 'appwrite';
import { accountKeys } from '../account/account-cache.ts';
import type { AppwriteApi } from '../client/appwrite.ts';
import { callApi } from '../client/errors.ts';

export type Session = Models.Session;

export const sessionKeys = {
  list: () => [...accountKeys.account(), 'sessions'] as const,
};

export const sessionQueries = {
  list: (api: AppwriteApi) =>
    queryOptions({
      queryKey: sessionKeys.list(),
      queryFn: () => callApi(() => api.account.listSessions()),
      staleTime: 15_000,
    }),
};

import { queryOptions } from '@tanstack/react-query';
import type { Models } from 'appwrite';
import type { AppwriteApi } from './appwrite.ts';
import { callApi } from './errors.ts';
import { accountKeys } from './query-keys.ts';

export type Session = Models.Session;

export const sessionQueries = {
  list: (api: AppwriteApi) =>
    queryOptions({
      queryKey: accountKeys.sessions(),
      queryFn: () => callApi(() => api.account.listSessions()),
      staleTime: 15_000,
    }),
};

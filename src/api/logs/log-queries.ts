/**
 * The security log. SDK 28 dropped `account.listLogs`, but Appwrite 1.9.x servers still serve
 * `GET /account/logs`: call it through the SDK's own `client.call` (contract §8). Servers without it
 * answer 404 `general_route_not_found`, which is a state of the page, not an error.
 */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { LogModel } from '../../../contract/log-model.ts';
import { accountKeys } from '../account/account-cache.ts';
import type { AppwriteApi } from '../client/appwrite.ts';
import { AccountError, callApi } from '../client/errors.ts';

export type LogEntry = LogModel;

export type LogPage = { available: true; total: number; logs: LogEntry[] } | { available: false };

export interface LogPageParams {
  limit: number;
  offset: number;
}

export const logKeys = {
  /** All pages of the security log, whatever their size. */
  all: () => [...accountKeys.account(), 'logs'] as const,
  page: (params: LogPageParams) => [...logKeys.all(), params] as const,
};

export async function fetchLogPage(api: AppwriteApi, { limit, offset }: LogPageParams): Promise<LogPage> {
  const url = new URL(`${api.client.config.endpoint}/account/logs`);
  const queries = [JSON.stringify({ method: 'limit', values: [limit] }), JSON.stringify({ method: 'offset', values: [offset] })];
  try {
    // Headers as the SDK's own services send them (SDK 28 adds the project per call, not per client).
    const headers = { 'X-Appwrite-Project': api.client.config.project, accept: 'application/json' };
    const page = await callApi(() => api.client.call('get', url, headers, { queries, total: true }) as Promise<{ total: number; logs: LogEntry[] }>);
    return { available: true, total: page.total, logs: page.logs };
  } catch (error) {
    if (error instanceof AccountError && error.status === 404 && error.type === 'general_route_not_found') return { available: false };
    throw error;
  }
}

export const logQueries = {
  page: (api: AppwriteApi, params: LogPageParams) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- one QueryClient per app instance
    queryOptions({
      queryKey: logKeys.page(params),
      queryFn: () => fetchLogPage(api, params),
      staleTime: 30_000,
      // Keep showing the current page while the next one loads: no spinner flash between pages.
      placeholderData: keepPreviousData,
    }),
};

import { useQueryClient } from '@tanstack/react-query';
import type { LogEntry, LogPage } from '../../api/log-queries.ts';
import { accountKeys } from '../../api/query-keys.ts';

/**
 * Every log page of this page size already in the cache, in log order: what the client-side filter
 * can search. Re-read on every render of the page (which re-renders when its page arrives).
 */
export function useLoadedLogs(limit: number): { logs: LogEntry[]; pages: number } {
  const queryClient = useQueryClient();
  const pages = queryClient
    .getQueriesData<LogPage>({ queryKey: accountKeys.logs() })
    .flatMap(([key, data]) => {
      const params = key[2] as { limit: number; offset: number } | undefined;
      return params?.limit === limit && data?.available ? [{ offset: params.offset, logs: data.logs }] : [];
    })
    .sort((a, b) => a.offset - b.offset);
  return { logs: pages.flatMap((p) => p.logs), pages: pages.length };
}

import { useQueryClient } from '@tanstack/react-query';
import { logKeys, type LogEntry, type LogPage, type LogPageParams } from './log-queries.ts';

/**
 * Every log page of this page size already in the cache, in log order: what a client-side filter can
 * search. Read on every render of the page (which re-renders when its page arrives).
 */
export function useLoadedLogs(limit: number): { logs: LogEntry[]; pages: number; nextOffset: number } {
  const queryClient = useQueryClient();
  const pages = queryClient
    .getQueriesData<LogPage>({ queryKey: logKeys.all() })
    .flatMap(([key, data]) => {
      const params = pageParamsOf(key);
      return params?.limit === limit && data?.available ? [{ offset: params.offset, logs: data.logs }] : [];
    })
    .sort((a, b) => a.offset - b.offset);
  // The first page of this size not loaded yet: what "load more" fetches.
  let nextOffset = 0;
  for (const page of pages) if (page.offset === nextOffset) nextOffset += limit;
  return { logs: pages.flatMap((p) => p.logs), pages: pages.length, nextOffset };
}

/** The page params of a `logKeys.page` key (the inverse of that factory). */
function pageParamsOf(key: readonly unknown[]): LogPageParams | undefined {
  const params = key[logKeys.all().length];
  return params && typeof params === 'object' ? (params as LogPageParams) : undefined;
}

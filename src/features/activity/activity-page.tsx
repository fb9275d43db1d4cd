import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAccountTimeZone } from '../../api/account/signed-in-account.tsx';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { useLoadedLogs } from '../../api/logs/loaded-logs.ts';
import { logQueries } from '../../api/logs/log-queries.ts';
import { Alert, ErrorAlert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { PageTitle } from '../../components/ui/page-title.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { Select } from '../../components/ui/select.tsx';
import { cx } from '../../lib/cx.ts';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import { ignoreError } from '../../lib/ignore-error.ts';
import { clampPage, offsetFor, PAGE_SIZES, pageCount, parsePageParams } from '../../lib/pagination.ts';
import { ExportButton } from './export-button.tsx';
import { filterLogs, isFiltering, NO_FILTER, type LogFilter } from './filter-logs.ts';
import { LogFilters } from './log-filters.tsx';
import { LogList } from './log-list.tsx';
import '../../lib/i18n/en/activity.ts';

export function ActivityPage() {
  const { t, plural } = useI18n();
  const api = useAppwrite();
  const queryClient = useQueryClient();
  const timeZone = useAccountTimeZone();
  const [params, setParams] = useSearchParams();
  const { page, limit } = parsePageParams(params);
  const [filter, setFilter] = useState<LogFilter>(NO_FILTER);
  const logs = useQuery(logQueries.page(api, { limit, offset: offsetFor(page, limit) }));
  // A page of the log is a long render on a phone (up to 100 entries): it runs as a transition, in
  // slices that leave the page responsive, and the skeleton stays until it is done.
  const data = useDeferredValue(logs.data);
  const total = data?.available ? data.total : 0;
  const loaded = useLoadedLogs(limit);

  const goTo = (target: number, size: number = limit) => setParams({ page: String(target), limit: String(size) });
  const [loadingMore, setLoadingMore] = useState(false);
  // Filters search the pages already loaded: this adds the next one of this size.
  const loadMore = () => {
    setLoadingMore(true);
    void queryClient
      .query(logQueries.page(api, { limit, offset: loaded.nextOffset }))
      .catch(ignoreError)
      .finally(() => setLoadingMore(false));
  };
  const prefetch = (target: number) => void queryClient.query(logQueries.page(api, { limit, offset: offsetFor(target, limit) })).catch(ignoreError);

  // The next page is usually next: fetch it ahead so "Next" shows it at once.
  useEffect(() => {
    if (data?.available && page < pageCount(data.total, limit)) {
      void queryClient.query(logQueries.page(api, { limit, offset: offsetFor(page + 1, limit) })).catch(ignoreError);
    }
  }, [api, queryClient, data, page, limit]);

  // A shared link may point past the end of a log that has since shrunk.
  useEffect(() => {
    if (data?.available && data.total > 0 && page !== clampPage(page, data.total, limit)) {
      setParams({ page: String(clampPage(page, data.total, limit)), limit: String(limit) }, { replace: true });
    }
  }, [data, page, limit, setParams]);

  const filtering = isFiltering(filter);
  const shown = data?.available ? (filtering ? filterLogs(loaded.logs, filter, timeZone) : data.logs) : [];
  const events = [...new Set(loaded.logs.map((l) => l.event))].sort();

  return (
    <>
      <PageTitle>{t('activity.title')}</PageTitle>
      <PageHeading description={t('activity.description')}>{t('activity.title')}</PageHeading>

      <div className="flex flex-col gap-5">
        {!data && !logs.error && (
          <div className="flex flex-col gap-3" aria-busy="true">
            {Array.from({ length: 6 }, (_, i) => (
              <Skeleton key={i} className="h-12 w-full" />
            ))}
          </div>
        )}
        <ErrorAlert error={logs.error} />

        {data && !data.available && (
          <Alert tone="info" title={t('activity.unavailableTitle')}>
            {t('activity.unavailableBody')}
          </Alert>
        )}

        {data?.available && (
          <>
            <div className="flex flex-wrap items-end justify-between gap-4">
              <LogFilters filter={filter} events={events} onChange={setFilter} />
              <ExportButton />
            </div>
            {filtering && (
              // The API cannot filter: say what was searched, and offer to search further.
              <p className="flex flex-wrap items-center gap-x-2 text-sm">
                <span role="status" className="font-medium">
                  {plural(shown.length, 'activity.filterResultOne', 'activity.filterResult')}
                </span>
                <span className="text-muted">{t('activity.filterScope', { loaded: loaded.logs.length })}</span>
                {loaded.nextOffset < total && (
                  <>
                    <span aria-hidden="true" className="text-muted">
                      ·
                    </span>
                    <Button variant="ghost" className="min-h-8 px-1 py-0" pending={loadingMore} onClick={loadMore}>
                      {t('activity.loadMore')}
                    </Button>
                  </>
                )}
              </p>
            )}
            {total === 0 ? (
              <p className="rounded-card border border-dashed border-border p-6 text-center text-muted">{t('activity.empty')}</p>
            ) : (
              <div className={cx('rounded-card border border-border bg-surface p-4', logs.isPlaceholderData && 'opacity-70')} aria-busy={logs.isPlaceholderData || undefined}>
                <LogList logs={shown} timeZone={timeZone} />
              </div>
            )}
            {!filtering && total > 0 && (
              <Pagination page={page} limit={limit} total={total} onPage={goTo} onIntent={prefetch}>
                <label className="flex items-center text-sm">
                  <span className="sr-only">{t('activity.pageSize')}</span>
                  <Select
                    value={limit}
                    className="w-20"
                    // Keep the first event of the current page in view at the new size.
                    onChange={(e) => {
                      const size = Number(e.target.value);
                      goTo(Math.floor(offsetFor(page, limit) / size) + 1, size);
                    }}
                  >
                    {PAGE_SIZES.map((size) => (
                      <option key={size} value={size}>
                        {size}
                      </option>
                    ))}
                  </Select>
                </label>
              </Pagination>
            )}
          </>
        )}
      </div>
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { sessionQueries } from '../../api/sessions/session-queries.ts';
import { ErrorAlert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { useEnvironment } from '../../config/runtime-config-context.tsx';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import { SessionCard } from './session-card.tsx';
import { orderSessions } from './session-labels.ts';
import { SignOutEverywhere } from './sign-out-everywhere.tsx';
import { SignOutOthers } from './sign-out-others.tsx';
import '../../lib/i18n/en/sessions.ts';

export function SessionsPage() {
  const { t, plural } = useI18n();
  const api = useAppwrite();
  const { config } = useEnvironment();
  // Refetched on focus and on "Refresh": a session signed out elsewhere simply disappears.
  const sessions = useQuery(sessionQueries.list(api));
  const list = orderSessions(sessions.data?.sessions ?? []);
  const current = list.filter((s) => s.current);
  const others = list.filter((s) => !s.current);

  return (
    <>
      <title>{`${t('sessions.title')} · ${config.appName}`}</title>
      <PageHeading description={t('sessions.description')}>{t('sessions.title')}</PageHeading>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted" aria-live="polite">
          {sessions.data ? plural(sessions.data.total, 'sessions.countOne', 'sessions.count') : ''}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" pending={sessions.isFetching} onClick={() => void sessions.refetch()}>
            {sessions.isFetching ? t('sessions.refreshing') : t('sessions.refresh')}
          </Button>
          <SignOutEverywhere />
        </div>
      </div>

      {sessions.isPending && (
        <div className="flex flex-col gap-4" aria-busy="true">
          <Skeleton className="h-48 w-full" />
          <Skeleton className="h-48 w-full" />
        </div>
      )}
      <ErrorAlert error={sessions.error} />

      {sessions.data && (
        <div className="flex flex-col gap-6">
          <section aria-labelledby="this-device" className="flex flex-col gap-4">
            <h2 id="this-device" className="text-lg font-semibold">
              {t('sessions.thisDeviceHeading')}
            </h2>
            <ul className="flex flex-col gap-4">
              {current.map((s) => (
                <SessionCard key={s.$id} session={s} />
              ))}
            </ul>
          </section>
          <section aria-labelledby="other-sessions" className="flex flex-col gap-4">
            <h2 id="other-sessions" className="text-lg font-semibold">
              {t('sessions.othersHeading')}
            </h2>
            <SignOutOthers others={others} />
            {others.length ? (
              <ul className="flex flex-col gap-4">
                {others.map((s) => (
                  <SessionCard key={s.$id} session={s} />
                ))}
              </ul>
            ) : (
              <p className="rounded-card border border-dashed border-border p-6 text-center text-muted">{t('sessions.empty')}</p>
            )}
          </section>
        </div>
      )}
    </>
  );
}

import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { sessionQueries, type Session } from '../../api/sessions/session-queries.ts';
import { ErrorAlert } from '../../components/ui/alert.tsx';
import { Card } from '../../components/ui/card.tsx';
import { FormActions } from '../../components/ui/form-actions.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { PageTitle } from '../../components/ui/page-title.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { useEmbedHost } from '../../config/runtime-config-context.tsx';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import { orderSessions } from './session-labels.ts';
import { SessionRow } from './session-row.tsx';
import { SignOutEverywhere } from './sign-out-everywhere.tsx';
import { SignOutOthers } from './sign-out-others.tsx';
import '../../lib/i18n/en/sessions.ts';

/**
 * Embedded with the host's JWT, no session is "current" to the server: the one behind the JWT is the
 * host's, shown as this device (and not offered for sign-out, which would end the host's session).
 */
function withHostSession(sessions: Session[], hostSessionId: string | null): Session[] {
  return hostSessionId ? sessions.map((session) => (session.$id === hostSessionId ? { ...session, current: true } : session)) : sessions;
}

/**
 * `/sessions`: every device, one row each (this one first), the bulk sign-outs together at the end.
 * The list is re-read when the page regains focus: a session ended elsewhere simply goes.
 */
export function SessionsPage() {
  // Unique on the page: two embedded widgets may show this section at once.
  const titleId = useId();
  const { t, plural } = useI18n();
  const sessions = useQuery(sessionQueries.list(useAppwrite()));
  const list = orderSessions(withHostSession(sessions.data?.sessions ?? [], useEmbedHost()?.hostSessionId() ?? null));
  const others = list.filter((s) => !s.current);

  return (
    <>
      <PageTitle>{t('sessions.title')}</PageTitle>
      <PageHeading description={t('sessions.description')}>{t('sessions.title')}</PageHeading>
      <ErrorAlert error={sessions.error} />
      <Card labelledBy={titleId}>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={titleId} className="text-lg font-semibold">
            {t('sessions.listTitle')}
          </h2>
          <p className="text-sm text-muted" aria-live="polite">
            {sessions.data ? plural(sessions.data.total, 'sessions.countOne', 'sessions.count') : ''}
          </p>
        </div>
        {sessions.isPending ? (
          <div className="mt-3 flex flex-col gap-3" aria-busy="true">
            <Skeleton className="h-12 w-full" />
            <Skeleton className="h-12 w-full" />
            <Skeleton className="h-12 w-full" />
          </div>
        ) : (
          <ul className="mt-1">
            {list.map((s) => (
              <SessionRow key={s.$id} session={s} />
            ))}
          </ul>
        )}
        {sessions.data && !others.length && <p className="mt-2 text-sm text-muted">{t('sessions.empty')}</p>}
        {sessions.data && (
          <FormActions className="mt-3">
            <SignOutOthers others={others} />
            <SignOutEverywhere />
          </FormActions>
        )}
      </Card>
    </>
  );
}

import { useState } from 'react';
import { useAccountTimeZone } from '../../api/account/signed-in-account.tsx';
import { useDeleteSession, useRefreshSession } from '../../api/sessions/session-mutations.ts';
import type { Session } from '../../api/sessions/session-queries.ts';
import { ErrorAlert } from '../../components/ui/alert.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { CopyButton } from '../../components/ui/copy-button.tsx';
import { CountryLabel } from '../../components/ui/country-label.tsx';
import { DateTime } from '../../components/ui/date-time.tsx';
import { DeviceIcon } from '../../components/ui/device-icon.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { deviceKind } from '../../lib/device-label.ts';
import { formatDate } from '../../lib/format-date.ts';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import { factorLabels, isOAuthSession, providerLabel, sessionDevice } from './session-labels.ts';
import '../../lib/i18n/en/device.ts';
import '../../lib/i18n/en/sessions.ts';

const KIND_KEYS = { desktop: 'device.desktop', mobile: 'device.mobile', tablet: 'device.tablet', unknown: 'device.unknownKind' } as const;

/** One session: what, where, when, how; sign out (others) or extend (this one / OAuth). */
export function SessionCard({ session }: { session: Session }) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const timeZone = useAccountTimeZone();
  const [confirming, setConfirming] = useState(false);
  const signOut = useDeleteSession();
  const refresh = useRefreshSession();
  const device = sessionDevice(session, t);
  const kind = deviceKind(session);
  const titleId = `session-${session.$id}`;

  return (
    <li className="rounded-card border border-border bg-surface p-4 sm:p-5" aria-labelledby={titleId}>
      <div className="flex flex-wrap items-start gap-3">
        <span className="mt-0.5 text-muted">
          <DeviceIcon kind={kind} />
        </span>
        <div className="min-w-0 flex-1">
          <h3 id={titleId} className="flex flex-wrap items-center gap-2 font-semibold">
            <span className="break-words">{device}</span>
            {session.current && <Badge tone="success">{t('sessions.thisDevice')}</Badge>}
          </h3>
          <p className="text-sm text-muted">{t(KIND_KEYS[kind])}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {(session.current || isOAuthSession(session)) && (
            <Button
              variant="secondary"
              pending={refresh.isPending}
              onClick={() =>
                refresh.mutate(session.$id, {
                  onSuccess: (updated) => toast(t('sessions.extended', { date: formatDate(updated.expire, locale, timeZone, 'dateTime') })),
                })
              }
            >
              {isOAuthSession(session) ? t('sessions.reconnect') : t('sessions.extend')}
            </Button>
          )}
          {!session.current && (
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              {t('sessions.signOut')}
            </Button>
          )}
        </div>
      </div>

      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-muted">{t('sessions.method')}</dt>
        <dd>{providerLabel(session.provider, t)}</dd>
        <dt className="text-muted">{t('sessions.location')}</dt>
        <dd>
          <CountryLabel code={session.countryCode} name={session.countryName} />
        </dd>
        <dt className="text-muted">{t('sessions.ip')}</dt>
        <dd className="-my-1.5 flex flex-wrap items-center gap-1 font-mono">
          {session.ip}
          <CopyButton value={session.ip} label={t('device.copyIp', { ip: session.ip })} />
        </dd>
        <dt className="text-muted">{t('sessions.signedIn')}</dt>
        <dd>
          <DateTime iso={session.$createdAt} timeZone={timeZone} />
        </dd>
        <dt className="text-muted">{t('sessions.expires')}</dt>
        <dd>
          <DateTime iso={session.expire} timeZone={timeZone} />
        </dd>
        <dt className="text-muted">{t('sessions.factors')}</dt>
        <dd>{factorLabels(session.factors, t)}</dd>
      </dl>

      <ErrorAlert error={refresh.error} className="mt-3" />

      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        title={t('sessions.signOutOne.title', { device })}
        description={t('sessions.signOutOne.body')}
        tone="danger"
        confirmLabel={t('sessions.signOutOne.confirm')}
        pending={signOut.isPending}
        error={signOut.error}
        onConfirm={() =>
          signOut.mutate(session.$id, {
            onSuccess: () => {
              setConfirming(false);
              toast(t('sessions.signOutOne.done', { device }));
            },
          })
        }
      />
    </li>
  );
}

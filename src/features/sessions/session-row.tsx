import { useId, useState } from 'react';
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
import { RowMenu } from '../../components/ui/menu.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { deviceKind } from '../../lib/device-label.ts';
import { formatDate } from '../../lib/format-date.ts';
import { formatRelative } from '../../lib/format-relative.ts';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import { factorLabels, isOAuthSession, providerLabel, sessionDevice } from './session-labels.ts';
import '../../lib/i18n/en/device.ts';
import '../../lib/i18n/en/sessions.ts';

/**
 * One session in one row: device, where and when, and "Sign out" (other devices) or "This device";
 * IP, method, expiry and factors under "Details"; extending it in the row's menu.
 */
export function SessionRow({ session }: { session: Session }) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const timeZone = useAccountTimeZone();
  const [confirming, setConfirming] = useState(false);
  const signOut = useDeleteSession();
  const refresh = useRefreshSession();
  const device = sessionDevice(session, t);
  const titleId = useId();
  const extendable = session.current || isOAuthSession(session);

  return (
    <li className="flex flex-col gap-2 border-b border-border py-3 last:border-b-0" aria-labelledby={titleId}>
      {/* On a phone "This device" or "Sign out" goes under the name, leaving the name the row's width. */}
      <div className="grid grid-cols-[auto_minmax(0,1fr)_auto_auto] items-center">
        <span className="me-3 self-start pt-0.5 text-muted">
          <DeviceIcon kind={deviceKind(session)} />
        </span>
        <div>
          <p id={titleId} className="line-clamp-2 font-medium break-words">
            {device}
          </p>
          <p className="text-sm text-muted">
            <CountryLabel code={session.countryCode} name={session.countryName} /> ·{' '}
            <time dateTime={session.$createdAt} title={formatDate(session.$createdAt, locale, timeZone, 'dateTime')}>
              {formatRelative(session.$createdAt, locale)}
            </time>
          </p>
        </div>
        {session.current ? (
          <Badge tone="success" className="col-start-2 row-start-2 mt-1 justify-self-start sm:col-start-3 sm:row-start-1 sm:ms-3 sm:mt-0">
            {t('sessions.thisDevice')}
          </Badge>
        ) : (
          <Button
            variant="secondary"
            className="col-start-2 row-start-2 mt-2 justify-self-start sm:col-start-3 sm:row-start-1 sm:ms-3 sm:mt-0"
            aria-label={t('sessions.signOutOne.named', { device })}
            onClick={() => setConfirming(true)}
          >
            {t('sessions.signOut')}
          </Button>
        )}
        {extendable && (
          <RowMenu
            className="col-start-4 row-start-1 ms-1"
            label={t('sessions.more', { device })}
            items={[
              {
                label: isOAuthSession(session) ? t('sessions.reconnect') : t('sessions.extend'),
                onSelect: () => refresh.mutate(session.$id, { onSuccess: (updated) => toast(t('sessions.extended', { date: formatDate(updated.expire, locale, timeZone, 'dateTime') })) }),
              },
            ]}
          />
        )}
      </div>
      <details className="ps-9 text-sm">
        <summary className="inline-flex min-h-8 cursor-pointer items-center text-accent">
          {t('sessions.details')}
          <span className="sr-only"> {device}</span>
        </summary>
        <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="text-muted">{t('sessions.method')}</dt>
          <dd>{providerLabel(session.provider, t)}</dd>
          <dt className="text-muted">{t('sessions.ip')}</dt>
          <dd className="flex items-center gap-1 font-mono">
            <bdi dir="ltr">{session.ip}</bdi>
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
          <dd>{factorLabels(session.factors, t, locale)}</dd>
        </dl>
      </details>
      <ErrorAlert error={refresh.error} className="ms-9" />
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

import type { LogEntry } from '../../api/logs/log-queries.ts';
import { CountryLabel } from '../../components/ui/country-label.tsx';
import { DateTime } from '../../components/ui/date-time.tsx';
import { deviceLine } from '../../lib/device-label.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { useMediaQuery } from '../../lib/use-media-query.ts';
import { eventLabel } from './event-labels.ts';
import '../../lib/i18n/en/activity.ts';
import '../../lib/i18n/en/device.ts';

function EventName({ event }: { event: string }) {
  const t = useT();
  return (
    <span className="flex flex-col">
      <span className="font-medium">{eventLabel(event, t)}</span>
      <code className="text-xs text-muted" title={t('activity.rawEvent', { name: event })}>
        {event}
      </code>
    </span>
  );
}

/** The log as a table on wide screens (Tailwind's md, 48rem) and as cards on phones; only one is rendered. */
export function LogList({ logs, timeZone }: { logs: LogEntry[]; timeZone: string | undefined }) {
  const t = useT();
  const wide = useMediaQuery('(min-width: 48rem)');
  const device = (log: LogEntry) => deviceLine(log, { browser: t('device.unknownBrowser'), device: t('device.unknownDevice') });
  return wide ? (
    <table className="w-full border-collapse text-start text-sm">
      <thead>
        <tr className="border-b border-border text-muted">
          <th scope="col" className="py-2 pe-3 text-start font-medium">{t('activity.event')}</th>
          <th scope="col" className="py-2 pe-3 text-start font-medium">{t('activity.time')}</th>
          <th scope="col" className="py-2 pe-3 text-start font-medium">{t('activity.device')}</th>
          <th scope="col" className="py-2 pe-3 text-start font-medium">{t('activity.location')}</th>
          <th scope="col" className="py-2 text-start font-medium">{t('activity.ip')}</th>
        </tr>
      </thead>
      <tbody>
        {logs.map((log, index) => (
          <tr key={`${log.time}-${String(index)}`} className="border-b border-border align-top last:border-b-0">
            <td className="py-2 pe-3">
              <EventName event={log.event} />
            </td>
            <td className="py-2 pe-3">
              <DateTime iso={log.time} timeZone={timeZone} />
            </td>
            <td className="py-2 pe-3">{device(log)}</td>
            <td className="py-2 pe-3">
              <CountryLabel code={log.countryCode} name={log.countryName} />
            </td>
            <td className="py-2 font-mono">{log.ip}</td>
          </tr>
        ))}
      </tbody>
    </table>
  ) : (
    <ul className="flex flex-col gap-3">
      {logs.map((log, index) => (
        // Cards below the fold skip style and layout until scrolled near (a page holds up to 100).
        <li key={`${log.time}-${String(index)}`} className="rounded-card border border-border bg-surface p-3 text-sm [contain-intrinsic-size:auto_10rem] [content-visibility:auto]">
          <EventName event={log.event} />
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
            <dt className="text-muted">{t('activity.time')}</dt>
            <dd>
              <DateTime iso={log.time} timeZone={timeZone} />
            </dd>
            <dt className="text-muted">{t('activity.device')}</dt>
            <dd>{device(log)}</dd>
            <dt className="text-muted">{t('activity.location')}</dt>
            <dd>
              <CountryLabel code={log.countryCode} name={log.countryName} />
            </dd>
            <dt className="text-muted">{t('activity.ip')}</dt>
            <dd className="font-mono break-all">{log.ip}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

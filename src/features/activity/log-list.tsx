import { useId } from 'react';
import type { LogEntry } from '../../api/logs/log-queries.ts';
import { CountryLabel } from '../../components/ui/country-label.tsx';
import { dayHeading, groupByDay } from '../../lib/day-groups.ts';
import { deviceLine } from '../../lib/device-label.ts';
import { formatDate } from '../../lib/format-date.ts';
import { formatRelative } from '../../lib/format-relative.ts';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import { eventLabel } from './event-labels.ts';
import '../../lib/i18n/en/activity.ts';
import '../../lib/i18n/en/device.ts';

/**
 * The log under day headings (Today, Yesterday, Nov 16), one line per event where the width allows:
 * what (the raw event name on hover), when (time of day; relative and full on hover), device, place, IP.
 */
export function LogList({ logs, timeZone }: { logs: LogEntry[]; timeZone: string | undefined }) {
  const dayId = useId();
  const { t, locale } = useI18n();
  const device = (log: LogEntry) =>
    deviceLine(log, { browser: t('device.unknownBrowser'), device: t('device.unknownDevice'), on: (client, os) => t('device.clientOnOs', { client, os }) });
  return (
    <div className="flex flex-col gap-4">
      {groupByDay(logs, (log) => log.time, timeZone).map(({ day, items }) => (
        <section key={day} aria-labelledby={`${dayId}${day}`}>
          {/* The page's own sections (no h2 above them): h2, so the outline has no gap. */}
          <h2 id={`${dayId}${day}`} className="border-b border-border pb-1 text-sm font-semibold text-muted">
            {dayHeading(day, locale, timeZone)}
          </h2>
          <ul>
            {items.map((log, index) => (
              // Rows below the fold skip style and layout until scrolled near (a page holds up to 100).
              <li
                key={`${log.time}-${String(index)}`}
                className="grid grid-cols-[1fr_auto] gap-x-4 border-b border-border py-2 text-sm last:border-b-0 [contain-intrinsic-size:auto_3rem] [content-visibility:auto] md:grid-cols-[minmax(9rem,13rem)_5.5rem_minmax(0,1fr)_minmax(0,9rem)_minmax(0,9rem)]"
              >
                <span className="font-medium" title={t('activity.rawEvent', { name: log.event })}>
                  {eventLabel(log.event, t)}
                </span>
                <time dateTime={log.time} title={`${formatRelative(log.time, locale)} · ${formatDate(log.time, locale, timeZone, 'dateTime')}`} className="text-end text-muted tabular-nums md:text-start">
                  {formatDate(log.time, locale, timeZone, 'time')}
                </time>
                <span className="col-span-2 truncate text-muted md:col-span-1 md:text-fg">{device(log)}</span>
                <span className="truncate text-muted md:text-fg">
                  <CountryLabel code={log.countryCode} name={log.countryName} />
                </span>
                <span className="truncate text-end font-mono text-muted md:text-start md:text-fg">
                  <bdi dir="ltr">{log.ip}</bdi>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The whole log as a CSV file. Loaded only when the user exports. */
import type { LogEntry } from '../../api/logs/log-queries.ts';
import { toCsv } from '../../lib/csv.ts';
import { deviceLine } from '../../lib/device-label.ts';

export function logsToCsv(logs: LogEntry[], eventLabel: (event: string) => string): string {
  const header = ['time', 'event', 'description', 'device', 'client', 'os', 'country_code', 'country', 'ip'];
  const rows = logs.map((log) => [
    log.time,
    log.event,
    eventLabel(log.event),
    deviceLine(log, { browser: '', device: '' }),
    [log.clientName, log.clientVersion].filter(Boolean).join(' '),
    [log.osName, log.osVersion].filter(Boolean).join(' '),
    log.countryCode,
    log.countryName,
    log.ip,
  ]);
  return toCsv(header, rows);
}

import type { LogEntry } from '../../api/logs/log-queries.ts';
import { dayIn } from '../../lib/day-groups.ts';

export interface LogFilter {
  event: string;
  /** `YYYY-MM-DD` (inclusive), in the user's timezone; '' = open. */
  from: string;
  to: string;
}

export const NO_FILTER: LogFilter = { event: '', from: '', to: '' };

export function isFiltering(filter: LogFilter): boolean {
  return Boolean(filter.event || filter.from || filter.to);
}

export function filterLogs(logs: LogEntry[], filter: LogFilter, timeZone?: string): LogEntry[] {
  return logs.filter((log) => {
    if (filter.event && log.event !== filter.event) return false;
    if (!filter.from && !filter.to) return true;
    const day = dayIn(log.time, timeZone);
    return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
  });
}

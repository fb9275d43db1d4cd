/** Fetches the whole log page by page and turns it into a CSV file. Loaded only when the user exports. */
import type { AppwriteApi } from '../../api/appwrite.ts';
import { fetchLogPage, type LogEntry } from '../../api/log-queries.ts';
import { toCsv } from '../../lib/csv.ts';
import { deviceLine } from '../../lib/device-label.ts';

const PAGE = 100;

export class ExportCancelled extends Error {
  override readonly name = 'ExportCancelled';
}

export async function fetchAllLogs(api: AppwriteApi, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<LogEntry[]> {
  const all: LogEntry[] = [];
  let total = Infinity;
  while (all.length < total) {
    if (signal.aborted) throw new ExportCancelled();
    const page = await fetchLogPage(api, { limit: PAGE, offset: all.length });
    if (!page.available) break;
    total = page.total;
    all.push(...page.logs);
    onProgress(all.length, total);
    if (page.logs.length < PAGE) break; // the log shrank or ended early
  }
  if (signal.aborted) throw new ExportCancelled();
  return all;
}

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

export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The whole security log for an export: loaded only when the user exports (see log-queries.ts for the pages). */
import type { AppwriteApi } from '../client/appwrite.ts';
import { fetchLogPage, type LogEntry } from './log-queries.ts';

export class ExportCancelled extends Error {
  override readonly name = 'ExportCancelled';
}

const EXPORT_PAGE = 100;

/** The whole log, page by page (for an export), with progress; `signal` cancels between pages. */
export async function fetchAllLogs(api: AppwriteApi, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<LogEntry[]> {
  const all: LogEntry[] = [];
  let total = Infinity;
  while (all.length < total) {
    if (signal.aborted) throw new ExportCancelled();
    const page = await fetchLogPage(api, { limit: EXPORT_PAGE, offset: all.length });
    if (!page.available) break;
    total = page.total;
    all.push(...page.logs);
    onProgress(all.length, total);
    if (page.logs.length < EXPORT_PAGE) break; // the log shrank or ended early
  }
  if (signal.aborted) throw new ExportCancelled();
  return all;
}

import { useRef, useState } from 'react';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { toAccountError } from '../../api/client/errors.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { errorText } from '../../lib/i18n/error-text.ts';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import { eventLabel } from './event-labels.ts';
import '../../lib/i18n/en/activity.ts';

/** Export the whole log as CSV: every page is fetched with a progress bar and can be cancelled. */
export function ExportButton() {
  const { t, plural } = useI18n();
  const api = useAppwrite();
  const toast = useToast();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const start = async () => {
    setError(null);
    abort.current = new AbortController();
    setProgress({ done: 0, total: 0 });
    try {
      // The exporter is only downloaded when someone exports.
      const [{ fetchAllLogs, ExportCancelled }, { logsToCsv }, { downloadText }] = await Promise.all([import('../../api/logs/log-export.ts'), import('./export-logs.ts'), import('../../lib/download.ts')]);
      try {
        const logs = await fetchAllLogs(api, (done, total) => setProgress({ done, total }), abort.current.signal);
        downloadText(logsToCsv(logs, (event) => eventLabel(event, t)), `security-activity-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv;charset=utf-8');
        toast(plural(logs.length, 'activity.exportDoneOne', 'activity.exportDone'));
      } catch (failure) {
        if (failure instanceof ExportCancelled) toast(t('activity.exportCancelled'), 'info');
        else throw failure;
      }
    } catch (failure) {
      setError(errorText(toAccountError(failure), t));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  return (
    <div className="flex flex-col gap-2">
      {progress ? (
        <div role="status" className="flex flex-wrap items-center gap-3 text-sm">
          <span>{t('activity.exporting', progress)}</span>
          <progress className="h-2 w-40 accent-accent" max={progress.total || 1} value={progress.done} />
          <Button variant="secondary" onClick={() => abort.current?.abort()}>
            {t('activity.exportCancel')}
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => void start()}>
          {t('activity.export')}
        </Button>
      )}
      {error && <Alert tone="danger">{error}</Alert>}
    </div>
  );
}

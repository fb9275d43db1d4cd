import { useId } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { CopyButton } from '../../components/ui/copy-button.tsx';
import { useEnvironment } from '../../config/runtime-config-context.tsx';
import { downloadText } from '../../lib/download.ts';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import '../../lib/i18n/en/security.ts';

/** `Account` → `account`, `My App!` → `my-app`: a file name part. */
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'account';

/**
 * Recovery codes, shown once: as a list, to copy, to download as a text file named after the app and
 * the date, or to print (the page prints just this panel). `done` ends the showing.
 */
export function RecoveryCodesPanel({ codes, doneLabel, onDone }: { codes: string[]; doneLabel?: string; onDone: () => void }) {
  const { t, locale } = useI18n();
  const { config } = useEnvironment();
  const id = useId();
  const today = new Date();
  const text = [
    config.appName ? t('security.recovery.fileTitle', { app: config.appName }) : t('security.recovery.fileTitlePlain'),
    t('security.recovery.fileBody', { date: today.toLocaleDateString(locale) }),
    '',
    ...codes,
    '',
  ].join('\n');
  return (
    <div className="flex flex-col gap-4" data-print-area>
      <Alert tone="warning">{t('security.recovery.showOnce')}</Alert>
      <p id={id} className="sr-only">
        {t('security.recovery.listLabel')}
      </p>
      <ul aria-labelledby={id} dir="ltr" className="grid grid-cols-2 gap-2 font-mono text-base sm:max-w-sm">
        {codes.map((code) => (
          <li key={code} className="rounded-control border border-border bg-subtle px-3 py-1.5 text-center tracking-wider">
            {code}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <CopyButton value={codes.join('\n')} label={t('security.recovery.copyAll')} />
        <Button variant="secondary" onClick={() => downloadText(text, `${slug(config.appName)}-recovery-codes-${today.toISOString().slice(0, 10)}.txt`)}>
          {t('security.recovery.download')}
        </Button>
        <Button variant="secondary" onClick={() => window.print()}>
          {t('security.recovery.print')}
        </Button>
        <Button onClick={onDone}>{doneLabel ?? t('security.recovery.done')}</Button>
      </div>
    </div>
  );
}

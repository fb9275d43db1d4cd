import { useEffect, useMemo, useState } from 'react';
import { useBlocker } from 'react-router';
import { PREFS_MAX_BYTES, prefsSize } from '../../../contract/prefs-size.ts';
import { useSignedInAccount } from '../../api/account/signed-in-account.tsx';
import { PrefsConflict, useSavePrefs } from '../../api/prefs.ts';
import { Alert, ErrorAlert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { PageTitle } from '../../components/ui/page-title.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import { diffPrefs, hasChanges, type Conflict, type Prefs } from '../../lib/prefs/merge-prefs.ts';
import { ConflictDialog } from './conflict-dialog.tsx';
import { DisplayPrefs } from './display-prefs.tsx';
import { KvEditor } from './kv-editor.tsx';
import { DISPLAY_KEYS, rowsFrom, rowsToPrefs, type PrefRow } from './pref-rows.ts';
import { RawJson } from './raw-json.tsx';
import '../../lib/i18n/en/prefs.ts';

function withoutDisplayKeys(prefs: Prefs): Prefs {
  return Object.fromEntries(Object.entries(prefs).filter(([key]) => !DISPLAY_KEYS.includes(key)));
}

export function PreferencesPage() {
  const { t, locale } = useI18n();
  const toast = useToast();
  const account = useSignedInAccount();
  const save = useSavePrefs();
  // What this edit started from: merges are computed against it, not against later server copies.
  const [base, setBase] = useState<Prefs>(() => account.prefs);
  const [rows, setRows] = useState<PrefRow[]>(() => rowsFrom(account.prefs));
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);

  const { prefs: other, errors } = rowsToPrefs(rows);
  const baseOther = withoutDisplayKeys(base);
  const dirty = hasChanges(diffPrefs(baseOther, other)) || Object.keys(errors).length > 0;
  // The size that would be stored: the display keys as they are now plus the edited rest.
  const full = useMemo(() => ({ ...Object.fromEntries(Object.entries(account.prefs).filter(([k]) => DISPLAY_KEYS.includes(k))), ...other }), [account.prefs, other]);
  const size = prefsSize(full);
  const tooLarge = size > PREFS_MAX_BYTES;

  const blocker = useBlocker(dirty && !save.isPending);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  const submit = (resolutions?: Record<string, 'mine' | 'theirs'>) => {
    // The display keys are saved on their own; leave them as the server has them.
    const edited = { ...base, ...other };
    for (const key of Object.keys(baseOther)) if (!(key in other)) Reflect.deleteProperty(edited, key);
    save.mutate(
      { base, edited, resolutions },
      {
        onSuccess: (user) => {
          setConflicts(null);
          setBase(user.prefs);
          setRows(rowsFrom(user.prefs));
          toast(t('prefs.saved'));
        },
        onError: (error) => {
          if (error instanceof PrefsConflict) setConflicts(error.conflicts);
        },
      },
    );
  };

  const number = (n: number) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(n / 1024);

  return (
    <>
      <PageTitle>{t('prefs.title')}</PageTitle>
      <PageHeading description={t('prefs.description')}>{t('prefs.title')}</PageHeading>
      <div className="flex flex-col gap-6">
        <Card>
          <DisplayPrefs account={account} />
        </Card>
        <Card labelledBy="other-prefs">
          <div className="flex flex-col gap-4">
            <div>
              <h2 id="other-prefs" className="text-lg font-semibold">
                {t('prefs.other')}
              </h2>
              <p className="text-sm text-muted">{t('prefs.otherHint')}</p>
            </div>
            <KvEditor rows={rows} errors={errors} onChange={setRows} />
            <RawJson key={JSON.stringify(other)} value={other} onApply={(prefs) => setRows(rowsFrom(prefs))} />
            <div className="flex flex-col gap-1">
              <meter className="h-2 w-full max-w-sm" min={0} max={PREFS_MAX_BYTES} low={PREFS_MAX_BYTES * 0.8} high={PREFS_MAX_BYTES * 0.95} optimum={0} value={Math.min(size, PREFS_MAX_BYTES)} aria-label={t('prefs.size', { used: number(size), limit: number(PREFS_MAX_BYTES) })} />
              <p className="text-sm text-muted">{t('prefs.size', { used: number(size), limit: number(PREFS_MAX_BYTES) })}</p>
            </div>
            {tooLarge && <Alert tone="danger">{t('prefs.tooLarge')}</Alert>}
            <ErrorAlert error={save.error instanceof PrefsConflict ? null : save.error} />
            {dirty && <p className="text-sm font-medium">{t('prefs.unsaved')}</p>}
            <div className="flex flex-wrap gap-2">
              <Button pending={save.isPending} disabled={!dirty || tooLarge || Object.keys(errors).length > 0} onClick={() => submit()}>
                {save.isPending ? t('prefs.saving') : t('prefs.save')}
              </Button>
              <Button variant="secondary" disabled={!dirty} onClick={() => setRows(rowsFrom(base))}>
                {t('prefs.discard')}
              </Button>
            </div>
          </div>
        </Card>
      </div>
      {conflicts && <ConflictDialog conflicts={conflicts} onClose={() => setConflicts(null)} onResolve={(choices) => submit(choices)} />}
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        onCancel={() => blocker.reset?.()}
        title={t('prefs.leaveTitle')}
        description={t('prefs.leaveBody')}
        tone="danger"
        cancelLabel={t('prefs.stay')}
        confirmLabel={t('prefs.leave')}
        onConfirm={() => blocker.proceed?.()}
      />
    </>
  );
}

import { useEffect, useId, useMemo, useState } from 'react';
import { useBlocker } from 'react-router';
import { PREFS_MAX_BYTES, prefsSize } from '../../../contract/prefs-size.ts';
import { useSignedInAccount } from '../../api/account/signed-in-account.tsx';
import { PrefsConflict, useSavePrefs } from '../../api/prefs.ts';
import { Alert, ErrorAlert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { ChevronDownIcon } from '../../components/ui/icons.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { PageTitle } from '../../components/ui/page-title.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { useEnvironment } from '../../config/runtime-config-context.tsx';
import { formatCountdown } from '../../lib/format-countdown.ts';
import { useDraft } from '../../lib/forms/use-draft.ts';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import { diffPrefs, hasChanges, hasKey, type Conflict, type Prefs } from '../../lib/prefs/merge-prefs.ts';
import { useRetryAfter } from '../../lib/use-retry-after.ts';
import { useSingleAction } from '../../lib/use-single-action.ts';
import { ConflictDialog } from './conflict-dialog.tsx';
import { DisplayPrefs } from './display-prefs.tsx';
import { KvEditor } from './kv-editor.tsx';
import { DISPLAY_KEYS, draftOfRows, rowsFrom, rowsFromDraft, rowsToPrefs, type PrefRow } from './pref-rows.ts';
import { RawJson } from './raw-json.tsx';
import '../../lib/i18n/en/prefs.ts';

function withoutDisplayKeys(prefs: Prefs): Prefs {
  return Object.fromEntries(Object.entries(prefs).filter(([key]) => !DISPLAY_KEYS.includes(key)));
}

export function PreferencesPage() {
  // Unique on the page: two embedded widgets may show this section at once.
  const titleId = useId();
  const { t, locale } = useI18n();
  const toast = useToast();
  const account = useSignedInAccount();
  const save = useSavePrefs();
  // What this edit started from: merges are computed against it, not against later server copies.
  const [base, setBase] = useState<Prefs>(() => account.prefs);
  const [rows, setRows] = useState<PrefRow[]>(() => rowsFrom(account.prefs));
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const { config } = useEnvironment();

  const { prefs: other, errors } = rowsToPrefs(rows);
  // The server now has exactly what is shown (e.g. a save still running when the page was left landed
  // meanwhile): that is the new base, nothing is unsaved.
  const [seenPrefs, setSeenPrefs] = useState(account.prefs);
  if (seenPrefs !== account.prefs) {
    setSeenPrefs(account.prefs);
    if (!Object.keys(errors).length && !hasChanges(diffPrefs(withoutDisplayKeys(account.prefs), other))) setBase(account.prefs);
  }
  const baseOther = withoutDisplayKeys(base);
  const dirty = hasChanges(diffPrefs(baseOther, other)) || Object.keys(errors).length > 0;
  // The size that would be stored: the display keys as they are now plus the edited rest.
  const full = useMemo(() => ({ ...Object.fromEntries(Object.entries(account.prefs).filter(([k]) => DISPLAY_KEYS.includes(k))), ...other }), [account.prefs, other]);
  const size = prefsSize(full);
  const tooLarge = size > PREFS_MAX_BYTES;

  // Unsaved rows survive a session that ends meanwhile: they come back after signing in again.
  const restored = useDraft(`${account.$id}:prefs.other`, draftOfRows(rows), dirty, (draft) => {
    const fromDraft = rowsFromDraft(draft);
    if (fromDraft) setRows(fromDraft);
  });

  // Asks before the user leaves; not when the session ended and the app sends them to sign in (the draft
  // is kept for when they are back).
  const blocker = useBlocker(({ nextLocation }) => dirty && !save.isPending && nextLocation.pathname !== '/sign-in' && nextLocation.pathname !== '/mfa');
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  const submit = (resolutions?: Record<string, 'mine' | 'theirs'>) => {
    // The display keys are saved on their own; leave them as the server has them.
    const edited = { ...base, ...other };
    for (const key of Object.keys(baseOther)) if (!hasKey(other, key)) Reflect.deleteProperty(edited, key);
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

  // After a rate limit Save waits, counting down, like every form's submit button.
  const wait = useRetryAfter(save.error);
  const once = useSingleAction(save.isPending, save.error, dirty);

  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: size / PREFS_MAX_BYTES < 0.1 ? 1 : 0 }).format(size / PREFS_MAX_BYTES);

  return (
    <>
      <PageTitle>{t('prefs.title')}</PageTitle>
      <PageHeading description={t('prefs.description')}>{t('prefs.title')}</PageHeading>
      <div className="flex flex-col gap-6">
        <Card>
          <DisplayPrefs account={account} />
        </Card>
        {config.advancedPrefs && (
          <Card labelledBy={titleId}>
            <details open={advancedOpen || dirty} onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}>
              <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-2">
                <h2 id={titleId} className="flex-1 text-lg font-semibold">
                  {t('prefs.advanced')}
                </h2>
                <ChevronDownIcon className={advancedOpen || dirty ? 'rotate-180' : undefined} />
                <span className="basis-full text-sm text-muted">{t('prefs.otherHint')}</span>
              </summary>
              <div className="mt-4 flex flex-col gap-4">
                <KvEditor rows={rows} errors={errors} onChange={setRows} />
                <RawJson key={JSON.stringify(other)} value={other} onApply={(prefs) => setRows(rowsFrom(prefs))} />
                <div className="flex flex-col gap-1">
                  <meter className="h-2 w-full max-w-sm" min={0} max={PREFS_MAX_BYTES} low={PREFS_MAX_BYTES * 0.8} high={PREFS_MAX_BYTES * 0.95} optimum={0} value={Math.min(size, PREFS_MAX_BYTES)} aria-label={t('prefs.sizeShare', { share })} />
                  <p className="text-sm text-muted">{t('prefs.sizeShare', { share })}</p>
                </div>
                {restored && dirty && <Alert tone="info">{t('common.draftRestored')}</Alert>}
                {tooLarge && <Alert tone="danger">{t('prefs.tooLarge')}</Alert>}
                <ErrorAlert error={save.error instanceof PrefsConflict ? null : save.error} />
              </div>
            </details>
          </Card>
        )}
      </div>
      {dirty && (
        // Always in reach (on a phone the end of the page may be far): appears only with changes to save.
        <div role="region" aria-label={t('prefs.unsaved')} className="sticky bottom-0 z-20 -mx-4 mt-6 flex flex-wrap items-center justify-end gap-2 border-t border-border bg-surface px-4 py-3 shadow-[0_-4px_12px_rgb(0_0_0/0.08)]">
          <p className="me-auto text-sm font-medium">{t('prefs.unsaved')}</p>
          <Button variant="secondary" onClick={() => setRows(rowsFrom(base))}>
            {t('prefs.discard')}
          </Button>
          <Button pending={save.isPending} disabled={tooLarge || Object.keys(errors).length > 0 || wait > 0} onClick={() => once(() => submit())}>
            {save.isPending ? t('prefs.saving') : wait > 0 ? t('common.retryIn', { time: formatCountdown(wait) }) : t('prefs.save')}
          </Button>
        </div>
      )}
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

import { useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import type { Conflict } from '../../lib/prefs/merge-prefs.ts';
import '../../lib/i18n/en/prefs.ts';

/** Shows both values of each key changed on two devices and lets the user pick one per key. */
export function ConflictDialog({ conflicts, onResolve, onClose }: { conflicts: Conflict[]; onResolve: (choices: Record<string, 'mine' | 'theirs'>) => void; onClose: () => void }) {
  const t = useT();
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>(() => Object.fromEntries(conflicts.map((c) => [c.key, 'mine'])));
  const show = (value: unknown) => (value === undefined ? t('prefs.removedValue') : JSON.stringify(value));
  return (
    <ConfirmDialog
      open
      onCancel={onClose}
      title={t('prefs.conflictTitle')}
      description={t('prefs.conflictBody')}
      confirmLabel={t('prefs.conflictSave')}
      onConfirm={() => onResolve(choices)}
    >
      {conflicts.map((conflict) => (
        <fieldset key={conflict.key} className="flex flex-col gap-2 rounded-card border border-border p-3 text-sm">
          <legend className="px-1 font-mono font-medium">
            <bdi>{conflict.key}</bdi>
          </legend>
          {(['mine', 'theirs'] as const).map((side) => (
            <label key={side} className="flex items-start gap-2">
              <input type="radio" name={`conflict-${conflict.key}`} checked={choices[conflict.key] === side} onChange={() => setChoices({ ...choices, [conflict.key]: side })} />
              <span className="break-all">{t(side === 'mine' ? 'prefs.keepMine' : 'prefs.keepTheirs', { value: show(side === 'mine' ? conflict.mine : conflict.theirs) })}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </ConfirmDialog>
  );
}

import { lazy, Suspense, useState } from 'react';
import type { Account } from '../../api/account/account-cache.ts';
import { Button } from '../../components/ui/button.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';

// The form (and its validation libraries) loads only when a guest decides to save the account.
const SaveGuestDialog = lazy(() => import('../../features/auth/save-guest-dialog.tsx').then((m) => ({ default: m.SaveGuestDialog })));

/** A guest account (no email, no phone) is one sign-out from being lost: say so, and offer to save it. */
export function GuestBanner({ account }: { account: Account }) {
  const t = useT();
  const [saving, setSaving] = useState(false);
  if (account.email || account.phone) return null;
  return (
    <div className="border-b border-warning bg-warning-subtle px-4 py-2 text-sm text-fg">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2">
        <p>{t('app.guestBanner')}</p>
        <Button variant="secondary" onClick={() => setSaving(true)}>
          {t('app.guestSave')}
        </Button>
      </div>
      {saving && (
        <Suspense fallback={null}>
          <SaveGuestDialog open onClose={() => setSaving(false)} />
        </Suspense>
      )}
    </div>
  );
}

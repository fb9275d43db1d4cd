import { useEffect, useId, useRef, useState } from 'react';
import type { Account } from '../../api/account/account-cache.ts';
import { useSignOut } from '../../api/auth/sign-out.ts';
import { ErrorAlert } from '../../components/ui/alert.tsx';
import { Avatar } from '../../components/ui/avatar.tsx';
import { Button } from '../../components/ui/button.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';

/** The header's account button: who is signed in, and sign out. A disclosure, closed by Escape or a click outside. */
export function AccountMenu({ account }: { account: Account }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const signOut = useSignOut();
  const displayName = account.name || account.email || t('app.anonymous');

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('app.accountMenu', { name: displayName })}
        onClick={() => setOpen((v) => !v)}
        className="flex min-h-10 items-center gap-2 rounded-control px-2 hover:bg-subtle"
      >
        <Avatar name={account.name} email={account.email} />
        <span className="hidden max-w-40 truncate text-sm font-medium sm:inline">{displayName}</span>
      </button>
      {open && (
        <div id={panelId} className="absolute end-0 z-40 mt-2 flex w-72 flex-col gap-3 rounded-card border border-border bg-surface p-4 shadow-lg">
          <div className="text-sm">
            <p className="text-muted">{t('app.signedInAs')}</p>
            <p className="truncate font-medium">{displayName}</p>
            {account.email && account.name && (
              <p className="truncate text-muted">
                <bdi dir="ltr">{account.email}</bdi>
              </p>
            )}
          </div>
          <ErrorAlert error={signOut.error} />
          <Button variant="secondary" pending={signOut.isPending} onClick={() => signOut.mutate()}>
            {signOut.isPending ? t('app.signingOut') : t('app.signOut')}
          </Button>
        </div>
      )}
    </div>
  );
}

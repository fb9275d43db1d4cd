import { Link } from 'react-router';
import type { AccountError } from '../../api/client/errors.ts';
import { Button } from '../../components/ui/button.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { LandingState } from './landing-state.tsx';
import '../../lib/i18n/en/landing.ts';

const linkClass = 'inline-flex min-h-10 pointer-coarse:min-h-11 items-center rounded-control bg-accent px-4 text-sm font-medium text-accent-fg';

/** The failure states shared by every landing page, each with its next step. */
export function LinkProblem({ kind, requestNew, onRetry }: { kind: 'missing' | 'expired' | 'invalid' | 'offline'; requestNew: string; onRetry?: () => void }) {
  const t = useT();
  const titles = { missing: 'landing.missingTitle', expired: 'landing.expiredTitle', invalid: 'landing.invalidTitle', offline: 'landing.offlineTitle' } as const;
  const bodies = { missing: 'landing.missingBody', expired: 'landing.expiredBody', invalid: 'landing.invalidBody', offline: 'landing.offlineBody' } as const;
  // An old or broken link is an everyday thing, not an error of the user's: said plainly, with the way on.
  return (
    <LandingState title={t(titles[kind])} body={t(bodies[kind])} tone={kind === 'offline' ? 'warning' : undefined}>
      {kind === 'offline' && onRetry ? (
        <Button onClick={onRetry}>{t('landing.retry')}</Button>
      ) : (
        <Link to={requestNew} className={linkClass}>
          {t('landing.requestNew')}
        </Link>
      )}
    </LandingState>
  );
}

/**
 * A sign-in link or provider return this browser did not ask for: signing in silently would let anyone
 * put a visitor into an account of their choosing (login CSRF), so the visitor says yes first.
 */
export function ConfirmForeignLink({ onConfirm }: { onConfirm: () => void }) {
  const t = useT();
  return (
    <LandingState title={t('landing.foreign.title')} body={t('landing.foreign.body')} tone="warning">
      <Button onClick={onConfirm}>{t('landing.foreign.confirm')}</Button>
      <Link to="/sign-in" className="inline-flex min-h-10 items-center text-sm font-medium text-accent underline pointer-coarse:min-h-11">
        {t('landing.foreign.cancel')}
      </Link>
    </LandingState>
  );
}

/** Which problem an API failure means for a link. */
export function problemOf(error: AccountError): 'invalid' | 'offline' | null {
  if (error.isOffline) return 'offline';
  if (error.type === 'user_invalid_token' || error.type === 'user_not_found') return 'invalid';
  return null;
}

export { linkClass };

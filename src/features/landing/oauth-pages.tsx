import { Link, Navigate, useSearchParams } from 'react-router';
import { useTokenSession } from '../../api/auth/tokens.ts';
import { isSecondFactorRequired } from '../../api/client/errors.ts';
import { errorText } from '../../lib/i18n/error-text.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { safeNextPath } from '../../lib/safe-redirect.ts';
import { LandingState } from './landing-state.tsx';
import { linkClass } from './link-outcome.tsx';
import { forgetSecret } from './link-params.ts';
import { useRunOnce } from './use-run-once.ts';
import '../../lib/i18n/en/landing.ts';

function TryAgain({ next }: { next: string | null }) {
  const t = useT();
  return (
    <Link to={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'} className={linkClass}>
      {t('landing.oauth.tryAgain')}
    </Link>
  );
}

/** `/oauth/success?userId&secret[&next]`: the provider said yes; exchange the token for a session. */
export function OAuthSuccessPage() {
  const t = useT();
  const [params] = useSearchParams();
  const userId = params.get('userId');
  const secret = params.get('secret');
  const next = safeNextPath(params.get('next'));
  const session = useTokenSession();
  useRunOnce(userId && secret ? secret : null, () => {
    if (userId && secret) session.mutate({ userId, secret }, { onSuccess: forgetSecret });
  });
  if (session.isSuccess) return <Navigate to={next ?? '/profile'} replace />;
  // Another sign-in on this browser waits for its second step (the server checks that first).
  if (isSecondFactorRequired(session.error)) return <Navigate to={`/mfa${next ? `?next=${encodeURIComponent(next)}` : ''}`} replace />;
  if (!userId || !secret || session.error) {
    const message = session.error ? errorText(session.error, t) : t('landing.missingBody');
    return (
      <LandingState title={t('landing.oauth.failedTitle')} body={message} tone={session.error ? 'danger' : undefined}>
        <TryAgain next={next} />
      </LandingState>
    );
  }
  return <LandingState title={t('landing.oauth.title')} body={t('landing.checking')} />;
}

/** `/oauth/failure?error={"message","type","code"}`: say what the provider or Appwrite reported. */
export function OAuthFailurePage() {
  const t = useT();
  const [params] = useSearchParams();
  let reported: string | null = null;
  try {
    const error = JSON.parse(params.get('error') ?? '') as { message?: unknown };
    if (typeof error.message === 'string' && error.message) reported = error.message;
  } catch {
    // no details: the generic message stands
  }
  // Cancelling at the provider is a choice, not an error: said plainly; a reported failure in red.
  return (
    <LandingState title={t('landing.oauth.failedTitle')} body={reported ? t('landing.oauth.failedBody', { message: reported }) : t('landing.oauth.cancelled')} tone={reported ? 'danger' : undefined}>
      <TryAgain next={safeNextPath(params.get('next'))} />
    </LandingState>
  );
}

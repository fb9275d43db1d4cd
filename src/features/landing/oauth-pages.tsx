import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useTokenSession } from '../../api/auth/tokens.ts';
import { isSecondFactorRequired } from '../../api/client/errors.ts';
import { errorText } from '../../lib/i18n/error-text.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { endFlow, isOwnFlow } from '../../lib/flow-nonce.ts';
import { safeNextPath } from '../../lib/safe-redirect.ts';
import { LandingState } from './landing-state.tsx';
import { ConfirmForeignLink, linkClass } from './link-outcome.tsx';
import { useForgetLinkParams } from './link-params.ts';
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
  useForgetLinkParams();
  // Silently only when this browser went to the provider; a return it did not start needs a yes first.
  const flow = params.get('flow');
  const [confirmed, setConfirmed] = useState(() => isOwnFlow(flow));
  const session = useTokenSession();
  useRunOnce(confirmed && userId && secret ? secret : null, () => {
    if (userId && secret) session.mutate({ userId, secret }, { onSettled: () => endFlow(flow) });
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
  if (!confirmed) return <ConfirmForeignLink onConfirm={() => setConfirmed(true)} />;
  return <LandingState title={t('landing.oauth.title')} body={t('landing.checking')} />;
}

/**
 * `/oauth/failure?error={"message","type","code"}`: says that the provider sign-in failed, in our own
 * words only (the URL is anyone's to write, so its message is never shown). Cancelling is not an error.
 */
export function OAuthFailurePage() {
  const t = useT();
  const [params] = useSearchParams();
  useForgetLinkParams();
  let type: string | null = null;
  try {
    const error = JSON.parse(params.get('error') ?? '') as unknown;
    if (typeof error === 'object' && error !== null && 'type' in error && typeof error.type === 'string') type = error.type;
  } catch {
    // no details: a cancelled sign-in
  }
  const body = type === null ? t('landing.oauth.cancelled') : type === 'user_blocked' ? t('errors.blocked') : t('landing.oauth.failedBody');
  return (
    <LandingState title={t('landing.oauth.failedTitle')} body={body} tone={type === null ? undefined : 'danger'}>
      <TryAgain next={safeNextPath(params.get('next'))} />
    </LandingState>
  );
}

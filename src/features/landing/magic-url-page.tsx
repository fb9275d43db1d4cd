import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { accountQueries } from '../../api/account/account-queries.ts';
import { useSignOut } from '../../api/auth/sign-out.ts';
import { useTokenSession } from '../../api/auth/tokens.ts';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { isSecondFactorRequired } from '../../api/client/errors.ts';
import { Button } from '../../components/ui/button.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { endFlow, isOwnFlow } from '../../lib/flow-nonce.ts';
import { safeNextPath } from '../../lib/safe-redirect.ts';
import { LandingState } from './landing-state.tsx';
import { ConfirmForeignLink, LinkProblem, problemOf } from './link-outcome.tsx';
import { readLinkParams, useForgetLinkParams } from './link-params.ts';
import { useRunOnce } from './use-run-once.ts';
import '../../lib/i18n/en/landing.ts';

/** `/magic-url?userId&secret&expire[&next]`: turns the link into a session and continues to `next`. */
export function MagicUrlPage() {
  const t = useT();
  const api = useAppwrite();
  const [params] = useSearchParams();
  const link = readLinkParams(params);
  useForgetLinkParams();
  // Silently only when this browser asked for the link; anyone's link otherwise needs a yes first.
  const flow = params.get('flow');
  const [confirmed, setConfirmed] = useState(() => isOwnFlow(flow));
  const next = safeNextPath(params.get('next') ?? params.get('redirect')) ?? '/profile';
  const account = useQuery(accountQueries.account(api));
  const session = useTokenSession();
  const signOut = useSignOut();
  const signedInAsOther = Boolean(account.data && link.state !== 'missing' && account.data.$id !== link.userId);
  // Only once we know nobody (else) is signed in: a second session would be refused anyway.
  const canUse = confirmed && link.state === 'ready' && account.isSuccess && !account.data && !session.isSuccess;
  const run = () => {
    if (link.state === 'ready') session.mutate({ userId: link.userId, secret: link.secret, via: 'email' }, { onSettled: () => endFlow(flow) });
  };
  useRunOnce(canUse ? link.secret : null, run);

  const requestNew = `/sign-in?method=magicUrl${next !== '/profile' ? `&next=${encodeURIComponent(next)}` : ''}`;
  // A sign-in on this browser waits for its second step: finish (or end) that one first.
  if (isSecondFactorRequired(account.error)) return <Navigate to={`/mfa?next=${encodeURIComponent(next)}`} replace />;
  if (link.state === 'missing') return <LinkProblem kind="missing" requestNew={requestNew} />;
  if (session.isSuccess || (account.data && !signedInAsOther)) return <Navigate to={next} replace />;
  if (signedInAsOther && account.data) {
    return (
      <LandingState title={t('landing.magic.title')} body={t('landing.otherUser', { name: account.data.name || account.data.email })} tone="warning">
        <Button pending={signOut.isPending} onClick={() => signOut.mutate()}>
          {t('landing.magic.signOutFirst')}
        </Button>
      </LandingState>
    );
  }
  if (link.state === 'expired') return <LinkProblem kind="expired" requestNew={requestNew} />;
  const problem = session.error ? (problemOf(session.error) ?? 'invalid') : null;
  if (problem) return <LinkProblem kind={problem} requestNew={requestNew} onRetry={run} />;
  if (!confirmed && account.isSuccess) return <ConfirmForeignLink onConfirm={() => setConfirmed(true)} />;
  return <LandingState title={t('landing.magic.title')} body={t('landing.checking')} />;
}

import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { accountQueries } from '../../api/account/account-queries.ts';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { useConfirmEmailVerification, useRequestEmailVerification } from '../../api/verification.ts';
import { Alert, ErrorAlert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { useEnvironment } from '../../config/runtime-config-context.tsx';
import { appUrl } from '../../lib/app-url.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { LandingState } from './landing-state.tsx';
import { linkClass, LinkProblem, problemOf } from './link-outcome.tsx';
import { readLinkParams, useForgetLinkParams } from './link-params.ts';
import { useRunOnce } from './use-run-once.ts';
import '../../lib/i18n/en/landing.ts';

/** Signed in: send a fresh verification email; signed out: sign in first. */
function RequestNewVerification() {
  const t = useT();
  const api = useAppwrite();
  const { config } = useEnvironment();
  const { data: account } = useQuery(accountQueries.account(api));
  const request = useRequestEmailVerification();
  if (!account) {
    return (
      <Link to="/sign-in" className={linkClass}>
        {t('landing.signIn')}
      </Link>
    );
  }
  if (request.isSuccess) return <Alert tone="success">{t('landing.verifyEmail.resent', { email: account.email })}</Alert>;
  return (
    <div className="flex flex-col gap-3">
      <ErrorAlert error={request.error} />
      <div>
        <Button pending={request.isPending} onClick={() => request.mutate({ url: appUrl(config.basePath, '/verify-email') })}>
          {t('landing.verifyEmail.resend')}
        </Button>
      </div>
    </div>
  );
}

/** `/verify-email?userId&secret&expire`: confirms on arrival; works signed out. */
export function VerifyEmailPage() {
  const t = useT();
  const api = useAppwrite();
  const [params] = useSearchParams();
  const link = readLinkParams(params);
  useForgetLinkParams();
  const { data: account } = useQuery(accountQueries.account(api));
  const confirm = useConfirmEmailVerification();
  const run = () => {
    if (link.state === 'ready') confirm.mutate({ userId: link.userId, secret: link.secret });
  };
  useRunOnce(link.state === 'ready' ? link.secret : null, run);

  const next = account ? (
    <Link to="/profile" className={linkClass}>
      {t('landing.goToAccount')}
    </Link>
  ) : (
    <Link to="/sign-in" className={linkClass}>
      {t('landing.signIn')}
    </Link>
  );

  if (link.state === 'missing') return <LinkProblem kind="missing" requestNew="/profile" />;
  if (link.state === 'expired') {
    return (
      <LandingState title={t('landing.expiredTitle')} body={t('landing.expiredBody')}>
        <RequestNewVerification />
      </LandingState>
    );
  }
  if (confirm.isSuccess) {
    return (
      <LandingState title={t('landing.verifyEmail.done')} body={t('landing.verifyEmail.doneBody')} tone="success">
        {next}
      </LandingState>
    );
  }
  const problem = confirm.error ? problemOf(confirm.error) : null;
  if (problem === 'offline') return <LinkProblem kind="offline" requestNew="/profile" onRetry={run} />;
  if (problem === 'invalid' || confirm.error) {
    // The server cannot tell "used" from "invalid"; the signed-in owner's account can.
    if (account?.$id === link.userId && account.emailVerification) {
      return (
        <LandingState title={t('landing.verifyEmail.already')} body={t('landing.verifyEmail.alreadyBody')} tone="info">
          {next}
        </LandingState>
      );
    }
    return (
      <LandingState title={t('landing.invalidTitle')} body={t('landing.invalidBody')}>
        <RequestNewVerification />
      </LandingState>
    );
  }
  return (
    <LandingState title={t('landing.verifyEmail.title')} body={t('landing.checking')}>
      {account && account.$id !== link.userId && <Alert tone="info">{t('landing.otherUser', { name: account.name || account.email })}</Alert>}
    </LandingState>
  );
}

import { Link, useSearchParams } from 'react-router';
import { useCompleteRecovery } from '../../api/recovery.ts';
import { NewPasswordForm } from '../../components/password/new-password-form.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { LandingState } from './landing-state.tsx';
import { linkClass, LinkProblem, problemOf } from './link-outcome.tsx';
import { readLinkParams, useForgetLinkParams } from './link-params.ts';
import '../../lib/i18n/en/landing.ts';

/** `/recovery?userId&secret&expire`: choose a new password (works signed out, on any device). */
export function RecoveryPage() {
  const t = useT();
  const [params] = useSearchParams();
  const link = readLinkParams(params);
  useForgetLinkParams();
  const complete = useCompleteRecovery('link');
  const problem = complete.error ? problemOf(complete.error) : null;

  if (link.state !== 'ready') return <LinkProblem kind={link.state} requestNew="/forgot-password" />;
  if (complete.isSuccess) {
    return (
      <LandingState title={t('landing.recovery.done')} body={t('landing.recovery.doneBody')} tone="success">
        <Link to="/sign-in" className={linkClass}>
          {t('landing.signIn')}
        </Link>
      </LandingState>
    );
  }
  if (problem === 'invalid') return <LinkProblem kind="invalid" requestNew="/forgot-password" />;
  return (
    <>
      <LandingState title={t('landing.recovery.title')} />
      <NewPasswordForm
        submitLabel={t('forgot.setPassword')}
        pending={complete.isPending}
        onSubmit={(password, fail) =>
          complete.mutateAsync(
            { userId: link.userId, secret: link.secret, password },
            { onError: (error) => (problemOf(error) === 'invalid' ? undefined : fail(error)) },
          )
        }
      />
    </>
  );
}

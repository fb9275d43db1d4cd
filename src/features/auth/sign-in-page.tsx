import { Link, useSearchParams } from 'react-router';
import { useEnvironment } from '../../config/runtime-config-context.tsx';
import { type SignInMethod } from '../../config/runtime-config.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { EmailCodeMethod } from './methods/email-code-method.tsx';
import { GuestMethod } from './methods/guest-method.tsx';
import { MagicLinkMethod } from './methods/magic-link-method.tsx';
import { PasswordMethod } from './methods/password-method.tsx';
import { PhoneCodeMethod } from './methods/phone-code-method.tsx';
import { OAuthButtons } from './oauth-buttons.tsx';
import { SignedOutFrame } from './signed-out-frame.tsx';
import { useAfterAuth } from './use-after-auth.ts';
import '../../lib/i18n/en/auth.ts';

/** Every enabled sign-in method; the chosen one is in the URL (`?method=`) so a reload keeps it. */
export function SignInPage() {
  const t = useT();
  const { config } = useEnvironment();
  const after = useAfterAuth();
  const [params, setParams] = useSearchParams();
  const methods = config.signInMethods;
  const requested = params.get('method') as SignInMethod | null;
  const method: SignInMethod = requested && methods.includes(requested) ? requested : (methods[0] ?? 'emailPassword');
  const title = config.appName ? t('auth.signIn.title', { app: config.appName }) : t('auth.signIn.titlePlain');

  const choose = (next: SignInMethod) => {
    const copy = new URLSearchParams(params);
    copy.set('method', next);
    setParams(copy, { replace: true });
  };

  return (
    <SignedOutFrame title={title} onContinue={after.continue}>
      <div className="flex flex-col gap-4">
        {method === 'emailPassword' && <PasswordMethod onSignedIn={after.continue} />}
        {method === 'magicUrl' && <MagicLinkMethod next={after.next} />}
        {method === 'emailCode' && <EmailCodeMethod onSignedIn={after.continue} />}
        {method === 'phoneCode' && <PhoneCodeMethod onSignedIn={after.continue} />}
        {method === 'anonymous' && <GuestMethod onSignedIn={after.continue} />}
      </div>
      {(methods.length > 1 || config.oauthProviders.length > 0) && (
        <section aria-labelledby="other-methods" className="flex flex-col gap-2">
          <h2 id="other-methods" className="text-sm font-semibold text-muted">
            {t('auth.otherMethods')}
          </h2>
          <div className="flex flex-col gap-2">
            {methods
              .filter((m) => m !== method)
              .map((m) => (
                <button
                  key={m}
                  type="button"
                  onClick={() => choose(m)}
                  className="min-h-10 rounded-control border border-border bg-surface px-4 py-2 text-sm font-medium hover:bg-subtle"
                >
                  {t(`auth.methods.${m}`)}
                </button>
              ))}
            <OAuthButtons next={after.next} />
          </div>
        </section>
      )}
      {methods.includes('emailPassword') && (
        <p className="text-sm text-muted">
          {t('auth.signIn.noAccount')}{' '}
          <Link to={after.withNext('/sign-up')} className="font-medium text-accent underline">
            {t('auth.signIn.createAccount')}
          </Link>
        </p>
      )}
    </SignedOutFrame>
  );
}

import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { ChevronDownIcon } from '../../components/ui/icons.tsx';
import { useEnvironment } from '../../config/runtime-config-context.tsx';
import { type SignInMethod } from '../../config/runtime-config.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { DemoAccountHint } from './demo-account-hint.tsx';
import { EmailCodeMethod } from './methods/email-code-method.tsx';
import { GuestMethod } from './methods/guest-method.tsx';
import { MagicLinkMethod } from './methods/magic-link-method.tsx';
import { PasswordMethod, type Prefill } from './methods/password-method.tsx';
import { PhoneCodeMethod } from './methods/phone-code-method.tsx';
import { OAuthButtons } from './oauth-buttons.tsx';
import { OrDivider } from './or-divider.tsx';
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

  const others = methods.filter((m) => m !== method);
  const [prefill, setPrefill] = useState<Prefill>({ key: 0 });
  const form = useRef<HTMLDivElement>(null);
  const chosen = useRef(false);

  const choose = (next: SignInMethod) => {
    const copy = new URLSearchParams(params);
    copy.set('method', next);
    setParams(copy, { replace: true });
    chosen.current = true;
  };
  // The chosen method's button is gone: focus goes to its form's first control.
  useEffect(() => {
    if (!chosen.current) return;
    chosen.current = false;
    form.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [method]);

  return (
    <SignedOutFrame title={title} onContinue={after.continue}>
      {__MOCK_AVAILABLE__ && method === 'emailPassword' && <DemoAccountHint onUse={(values) => setPrefill((p) => ({ key: p.key + 1, values }))} />}
      <OAuthButtons next={after.next} separator={<OrDivider />} />
      <div ref={form} className="flex flex-col gap-4">
        {method === 'emailPassword' && <PasswordMethod onSignedIn={after.continue} prefill={prefill} />}
        {method === 'magicUrl' && <MagicLinkMethod next={after.next} />}
        {method === 'emailCode' && <EmailCodeMethod onSignedIn={after.continue} />}
        {method === 'phoneCode' && <PhoneCodeMethod onSignedIn={after.continue} />}
        {method === 'anonymous' && <GuestMethod onSignedIn={after.continue} />}
      </div>
      {others.length > 0 && (
        // Keyed by the method: a choice closes it again.
        <details key={method} className="group">
          <summary className="inline-flex min-h-10 cursor-pointer list-none items-center gap-1 text-sm font-medium text-accent">
            {t('auth.moreMethods')}
            <ChevronDownIcon className="group-open:rotate-180" />
          </summary>
          <div className="mt-2 flex flex-col gap-2">
            {others.map((m) => (
              <Button key={m} variant="secondary" onClick={() => choose(m)}>
                {t(`auth.methods.${m}`)}
              </Button>
            ))}
          </div>
        </details>
      )}
      {methods.includes('emailPassword') && (
        <p className="border-t border-border pt-4 text-sm text-muted">
          {t('auth.signIn.noAccount')}{' '}
          <Link to={after.withNext('/sign-up')} className="font-medium text-accent underline">
            {t('auth.signIn.createAccount')}
          </Link>
        </p>
      )}
    </SignedOutFrame>
  );
}

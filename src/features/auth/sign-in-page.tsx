import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { ChevronDownIcon } from '../../components/ui/icons.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { useEnvironment } from '../../config/runtime-config-context.tsx';
import { type SignInMethod } from '../../config/runtime-config.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { DemoAccountHint } from './demo-account-hint.tsx';
import { PasswordMethod, type Prefill } from './methods/password-method.tsx';
import { OAuthButtons } from './oauth-buttons.tsx';
import { OrDivider } from './or-divider.tsx';
import { SignedOutFrame } from './signed-out-frame.tsx';
import { useAfterAuth } from './use-after-auth.ts';
import '../../lib/i18n/en/auth.ts';

// The password form ships with the page; the other methods load when chosen (or named in the URL).
const EmailCodeMethod = lazy(() => import('./methods/email-code-method.tsx').then((m) => ({ default: m.EmailCodeMethod })));
const GuestMethod = lazy(() => import('./methods/guest-method.tsx').then((m) => ({ default: m.GuestMethod })));
const MagicLinkMethod = lazy(() => import('./methods/magic-link-method.tsx').then((m) => ({ default: m.MagicLinkMethod })));
const PhoneCodeMethod = lazy(() => import('./methods/phone-code-method.tsx').then((m) => ({ default: m.PhoneCodeMethod })));

/** Moves focus into its content once it is there (after a lazily loaded method arrives). */
function FocusFirstControl({ active, children }: { active: boolean; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (active) box.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [active]);
  return (
    <div ref={box} className="flex flex-col gap-4">
      {children}
    </div>
  );
}

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
  const [chosen, setChosen] = useState<SignInMethod | null>(null);

  const choose = (next: SignInMethod) => {
    const copy = new URLSearchParams(params);
    copy.set('method', next);
    setParams(copy, { replace: true });
    // The chosen method's button is gone: focus goes to its form's first control.
    setChosen(next);
  };

  return (
    <SignedOutFrame title={title} onContinue={after.continue}>
      {__MOCK_AVAILABLE__ && method === 'emailPassword' && <DemoAccountHint onUse={(values) => setPrefill((p) => ({ key: p.key + 1, values }))} />}
      <OAuthButtons next={after.next} separator={<OrDivider />} />
      <Suspense fallback={<Skeleton className="h-32 w-full" />}>
        <FocusFirstControl key={method} active={chosen === method}>
          {method === 'emailPassword' && <PasswordMethod onSignedIn={after.continue} prefill={prefill} />}
          {method === 'magicUrl' && <MagicLinkMethod next={after.next} />}
          {method === 'emailCode' && <EmailCodeMethod onSignedIn={after.continue} />}
          {method === 'phoneCode' && <PhoneCodeMethod onSignedIn={after.continue} />}
          {method === 'anonymous' && <GuestMethod onSignedIn={after.continue} />}
        </FocusFirstControl>
      </Suspense>
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

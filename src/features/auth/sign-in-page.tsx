import { useState } from 'react';
import { Link } from 'react-router';
import { useEnvironment } from '../../app/config/runtime-config-context.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { DemoAccountHint } from './demo-account-hint.tsx';
import { SignInForm } from './sign-in-form.tsx';
import type { SignInValues } from './auth-schemas.ts';
import { useAfterAuth } from './use-after-auth.ts';

export function SignInPage() {
  const t = useT();
  const { config } = useEnvironment();
  const after = useAfterAuth();
  // Re-mounting the form with new defaults is how "use demo account" fills it.
  const [prefill, setPrefill] = useState<{ key: number; values?: SignInValues }>({ key: 0 });
  const title = t('auth.signIn.title', { app: config.appName });

  return (
    <>
      <title>{title}</title>
      <PageHeading>{title}</PageHeading>
      <DemoAccountHint onUse={(values) => setPrefill((p) => ({ key: p.key + 1, values }))} />
      <SignInForm key={prefill.key} defaultValues={prefill.values} onSignedIn={after.continue} />
      <p className="text-sm text-muted">
        {t('auth.signIn.noAccount')}{' '}
        <Link to={after.withNext('/sign-up')} className="font-medium text-accent underline">
          {t('auth.signIn.createAccount')}
        </Link>
      </p>
    </>
  );
}

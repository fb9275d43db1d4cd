import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../lib/i18n/i18n-context.tsx';
import type { SignInValues } from '../sign-in-form.tsx';
import { DemoAccountHint } from '../demo-account-hint.tsx';
import { SignInForm } from '../sign-in-form.tsx';
import '../../../lib/i18n/en/auth.ts';

export function PasswordMethod({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useT();
  // Re-mounting the form with new defaults is how "use demo account" fills it.
  const [prefill, setPrefill] = useState<{ key: number; values?: SignInValues }>({ key: 0 });
  return (
    <div className="flex flex-col gap-4">
      {__MOCK_AVAILABLE__ && <DemoAccountHint onUse={(values) => setPrefill((p) => ({ key: p.key + 1, values }))} />}
      <SignInForm key={prefill.key} defaultValues={prefill.values} onSignedIn={onSignedIn} />
      <p className="text-sm">
        <Link to="/forgot-password" className="font-medium text-accent underline">
          {t('auth.forgotPassword')}
        </Link>
      </p>
    </div>
  );
}

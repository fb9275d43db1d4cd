import { Link } from 'react-router';
import { useT } from '../../../lib/i18n/i18n-context.tsx';
import type { SignInValues } from '../sign-in-form.tsx';
import { SignInForm } from '../sign-in-form.tsx';
import '../../../lib/i18n/en/auth.ts';

/** Values to fill the form with; a new `key` re-mounts it with them (how "use demo account" fills it). */
export interface Prefill {
  key: number;
  values?: SignInValues;
}

export function PasswordMethod({ onSignedIn, prefill }: { onSignedIn: () => void; prefill?: Prefill }) {
  const t = useT();
  return (
    <div className="flex flex-col gap-4">
      <SignInForm key={prefill?.key} defaultValues={prefill?.values} onSignedIn={onSignedIn} />
      <p className="text-sm">
        <Link to="/forgot-password" className="font-medium text-accent underline">
          {t('auth.forgotPassword')}
        </Link>
      </p>
    </div>
  );
}

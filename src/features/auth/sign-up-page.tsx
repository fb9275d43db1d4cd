import { Link } from 'react-router';
import { useEnvironment } from '../../config/runtime-config-context.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { OAuthButtons } from './oauth-buttons.tsx';
import { OrDivider } from './or-divider.tsx';
import { SignUpForm } from './sign-up-form.tsx';
import { SignedOutFrame } from './signed-out-frame.tsx';
import { useAfterAuth } from './use-after-auth.ts';
import '../../lib/i18n/en/auth.ts';

export function SignUpPage() {
  const t = useT();
  const { config } = useEnvironment();
  const after = useAfterAuth();
  return (
    <SignedOutFrame title={config.appName ? t('auth.signUp.title', { app: config.appName }) : t('auth.signUp.titlePlain')} onContinue={after.continue}>
      <OAuthButtons next={after.next} separator={<OrDivider />} />
      <SignUpForm onSignedUp={after.continue} />
      <p className="border-t border-border pt-4 text-sm text-muted">
        {t('auth.signUp.haveAccount')}{' '}
        <Link to={after.withNext('/sign-in')} className="font-medium text-accent underline">
          {t('auth.signUp.signIn')}
        </Link>
      </p>
    </SignedOutFrame>
  );
}

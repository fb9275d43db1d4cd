import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { OTP_LENGTH } from '../../../contract/limits.ts';
import { AccountError } from '../../api/client/errors.ts';
import { useCompleteRecovery, useRequestRecovery, useRequestRecoveryCode } from '../../api/recovery.ts';
import { NewPasswordForm } from '../../components/password/new-password-form.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { CodeField } from '../../components/ui/code-field.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useEnvironment } from '../../config/runtime-config-context.tsx';
import { appUrl } from '../../lib/app-url.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { EmailForm } from './email-form.tsx';
import '../../lib/i18n/en/landing.ts';
import '../../lib/i18n/en/verification.ts';

/** Appwrite reveals unknown (404) and blocked (403) addresses here; we say the same thing either way. */
function hidesAccountExistence(error: AccountError): boolean {
  return error.type === 'user_not_found' || error.type === 'user_blocked';
}

function LinkMode() {
  const t = useT();
  const { config } = useEnvironment();
  const request = useRequestRecovery();
  const [sentTo, setSentTo] = useState<string | null>(null);
  if (sentTo) return <Alert tone="success">{t('forgot.sent', { email: sentTo })}</Alert>;
  return (
    <>
      <p className="text-muted">{t('forgot.body')}</p>
      <EmailForm
        submitLabel={t('forgot.submit')}
        pending={request.isPending}
        onSubmit={(email, fail) =>
          request.mutateAsync(
            { email, url: appUrl(config.basePath, '/recovery') },
            { onSuccess: () => setSentTo(email), onError: (error) => (hidesAccountExistence(error) ? setSentTo(email) : fail(error)) },
          )
        }
      />
    </>
  );
}

function CodeMode() {
  const t = useT();
  const request = useRequestRecoveryCode();
  const complete = useCompleteRecovery('code');
  const [sent, setSent] = useState<{ email: string; userId: string | null } | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();

  if (complete.isSuccess) {
    return (
      <Alert tone="success" title={t('landing.recovery.done')}>
        <p>{t('landing.recovery.doneBody')}</p>
        <Link to="/sign-in" className="font-medium text-accent underline">
          {t('landing.signIn')}
        </Link>
      </Alert>
    );
  }
  if (!sent) {
    return (
      <>
        <p className="text-muted">{t('forgot.codeBody')}</p>
        <EmailForm
          submitLabel={t('forgot.codeSubmit')}
          pending={request.isPending}
          onSubmit={(email, fail) =>
            request.mutateAsync(
              { email },
              {
                onSuccess: (token) => setSent({ email, userId: token.userId }),
                onError: (error) => (hidesAccountExistence(error) ? setSent({ email, userId: null }) : fail(error)),
              },
            )
          }
        />
      </>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <Alert tone="info">{t('forgot.codeSent', { email: sent.email })}</Alert>
      <CodeField label={t('code.label')} value={code} onChange={(v) => { setCode(v); setCodeError(undefined); }} error={codeError} />
      <NewPasswordForm
        submitLabel={t('forgot.setPassword')}
        pending={complete.isPending}
        onSubmit={(password, fail) => {
          if (code.length !== OTP_LENGTH) return setCodeError(t('code.incomplete'));
          // No user behind the address: the code cannot be right, and we must not say why.
          if (!sent.userId) return setCodeError(t('code.invalid'));
          return complete.mutateAsync(
            { userId: sent.userId, secret: code, password },
            { onError: (error) => (error.type === 'user_invalid_token' ? setCodeError(t('code.invalid')) : fail(error)) },
          );
        }}
      />
    </div>
  );
}

/** `/forgot-password`: a reset link by email, or (`?mode=code`) a 6-digit code entered here. */
export function ForgotPasswordPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const codeMode = params.get('mode') === 'code';
  return (
    <>
      <title>{t('forgot.title')}</title>
      <PageHeading>{t('forgot.title')}</PageHeading>
      {codeMode ? <CodeMode /> : <LinkMode />}
      <div className="flex flex-wrap gap-3 text-sm">
        <Button variant="ghost" onClick={() => setParams(codeMode ? {} : { mode: 'code' }, { replace: true })}>
          {codeMode ? t('forgot.useLink') : t('forgot.useCode')}
        </Button>
        <Link to="/sign-in" className="inline-flex min-h-10 pointer-coarse:min-h-11 items-center font-medium text-accent underline">
          {t('forgot.backToSignIn')}
        </Link>
      </div>
    </>
  );
}

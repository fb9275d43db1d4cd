import { useState } from 'react';
import { useVerifyAuthenticator } from '../../api/mfa/mfa-mutations.ts';
import { Button } from '../../components/ui/button.tsx';
import { CodeField } from '../../components/ui/code-field.tsx';
import { CopyButton } from '../../components/ui/copy-button.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { OTP_LENGTH } from '../../../contract/limits.ts';
import { errorText } from '../../lib/i18n/error-text.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { QrCode } from './qr-code.tsx';
import '../../lib/i18n/en/mfa.ts';
import '../../lib/i18n/en/security.ts';
import '../../lib/i18n/en/verification.ts';

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`: easier to read and type into an app. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Adding an authenticator app: scan the QR code (or type the key, or open the `otpauth://` link), then
 * confirm with the app's first code. Loaded when the user starts (with the QR library).
 */
export function AuthenticatorSetup({ secret, uri, onDone, onCancel }: { secret: string; uri: string; onDone: () => void; onCancel: () => void }) {
  const t = useT();
  const toast = useToast();
  const verify = useVerifyAuthenticator();
  const [code, setCode] = useState('');
  const [incomplete, setIncomplete] = useState(false);
  const submit = (otp: string) => {
    if (otp.length !== OTP_LENGTH) return setIncomplete(true);
    verify.mutate(otp, {
      onSuccess: () => {
        toast(t('security.authenticator.added'));
        onDone();
      },
    });
  };
  const error = verify.error ? (verify.error.type === 'user_invalid_token' ? t('mfa.totpWrong') : errorText(verify.error, t)) : undefined;

  return (
    <div className="flex flex-col gap-4 rounded-card border border-border p-4">
      <p>{t('security.authenticator.scan')}</p>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <QrCode value={uri} label={t('security.authenticator.qrLabel')} />
        <div className="flex min-w-0 flex-col gap-2 text-sm">
          <p className="text-muted">{t('security.authenticator.cantScan')}</p>
          <dl>
            <dt className="sr-only">{t('security.authenticator.keyLabel')}</dt>
            <dd className="font-mono text-base tracking-wider break-all" dir="ltr">
              {grouped(secret)}
            </dd>
          </dl>
          <div className="flex flex-wrap gap-1">
            <CopyButton value={secret} label={t('security.authenticator.copyKey')} />
            <CopyButton value={uri} label={t('security.authenticator.copyLink')} />
          </div>
        </div>
      </div>
      <form
        noValidate
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          submit(code);
        }}
      >
        <CodeField
          label={t('security.authenticator.codeLabel')}
          value={code}
          onChange={(value) => {
            setCode(value);
            setIncomplete(false);
          }}
          onComplete={(value) => {
            if (!verify.isPending) submit(value);
          }}
          error={error ?? (incomplete ? t('code.incomplete') : undefined)}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" pending={verify.isPending}>
            {t('security.authenticator.confirm')}
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}

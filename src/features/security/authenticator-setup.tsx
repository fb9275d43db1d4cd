import { useVerifyAuthenticator } from '../../api/mfa/mfa-mutations.ts';
import { Button } from '../../components/ui/button.tsx';
import { CopyButton } from '../../components/ui/copy-button.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { CodeStep } from '../../components/verification/code-step.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { QrCode } from './qr-code.tsx';
import '../../lib/i18n/en/mfa.ts';
import '../../lib/i18n/en/security.ts';

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
  return (
    <div className="flex flex-col gap-4 rounded-card border border-border p-4">
      <p>{t('security.authenticator.scan')}</p>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <QrCode value={uri} label={t('security.authenticator.qrLabel')} />
        <div className="flex min-w-0 flex-col gap-2 text-sm">
          <p className="text-muted">{t('security.authenticator.cantScan')}</p>
          <dl>
            <dt className="sr-only">{t('security.authenticator.keyLabel')}</dt>
            <dd className="font-mono text-base tracking-wider break-all">
              <bdi dir="ltr">{grouped(secret)}</bdi>
            </dd>
          </dl>
          <div className="flex flex-wrap gap-1">
            <CopyButton value={secret} label={t('security.authenticator.copyKey')} />
            <CopyButton value={uri} label={t('security.authenticator.copyLink')} />
          </div>
        </div>
      </div>
      <CodeStep
        sentMessage={t('security.authenticator.firstCode')}
        submitLabel={t('security.authenticator.confirm')}
        pending={verify.isPending}
        error={verify.error}
        invalidMessage={t('mfa.totpWrong')}
        onSubmit={(otp) =>
          verify.mutate(otp, {
            onSuccess: () => {
              toast(t('security.authenticator.added'));
              onDone();
            },
          })
        }
      />
      <div>
        <Button variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}

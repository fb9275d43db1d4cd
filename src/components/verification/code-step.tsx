import { useEffect, useRef, useState } from 'react';
import { OTP_LENGTH } from '../../../contract/limits.ts';
import type { AccountError } from '../../api/client/errors.ts';
import { errorText } from '../../lib/i18n/error-text.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { useCooldown } from '../../lib/use-cooldown.ts';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { CodeField } from '../ui/code-field.tsx';
import { SubmitButton } from '../ui/submit-button.tsx';
import '../../lib/i18n/en/verification.ts';

export interface CodeStepProps {
  /** What was sent where ("We sent a 6-digit code to …"). */
  sentMessage: string;
  phrase?: string | undefined;
  onSubmit: (code: string) => void;
  /** Sends a new code; without it (an authenticator app makes its own) there is no "send again". */
  onResend?: () => void;
  pending: boolean;
  error: AccountError | null;
  /** The resend cooldown (with `onResend`). */
  cooldownKey?: string;
  submitLabel?: string;
  /** What a wrong code means here (default: "wrong, expired or used; send a new one"). */
  invalidMessage?: string;
  /** Focus the field when it appears (it replaced what the user just pressed). */
  focusOnMount?: boolean;
}

/** Enter a 6-digit code: paste works, submits by itself when complete; resend after a cooldown. */
export function CodeStep({ sentMessage, phrase, onSubmit, onResend, pending, error, cooldownKey = '', submitLabel, invalidMessage, focusOnMount = false }: CodeStepProps) {
  const t = useT();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnMount) field.current?.focus();
  }, [focusOnMount]);
  const [code, setCode] = useState('');
  const [incomplete, setIncomplete] = useState(false);
  const cooldown = useCooldown(cooldownKey);
  const message = error ? (error.type === 'user_invalid_token' ? (invalidMessage ?? t('code.invalid')) : errorText(error, t)) : undefined;

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (code.length !== OTP_LENGTH) {
          setIncomplete(true);
          return;
        }
        onSubmit(code);
      }}
    >
      <Alert tone="info">{sentMessage}</Alert>
      {phrase && <Alert tone="warning">{t('code.phrase', { phrase })}</Alert>}
      <CodeField
        ref={field}
        label={t('code.label')}
        value={code}
        onChange={(value) => {
          setCode(value);
          setIncomplete(false);
        }}
        onComplete={(value) => {
          if (!pending) onSubmit(value);
        }}
        error={message ?? (incomplete ? t('code.incomplete') : undefined)}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton error={error} pending={pending}>
          {pending ? t('code.verifying') : (submitLabel ?? t('code.verify'))}
        </SubmitButton>
        {onResend && (
          <Button
            variant="ghost"
            disabled={cooldown.remaining > 0}
            onClick={() => {
              cooldown.start();
              onResend();
            }}
          >
            {cooldown.remaining > 0 ? t('code.resendIn', { seconds: cooldown.remaining }) : t('code.resend')}
          </Button>
        )}
      </div>
    </form>
  );
}

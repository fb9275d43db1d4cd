import { useEffect, useRef, useState } from 'react';
import type { AccountError } from '../../api/client/errors.ts';
import { errorText } from '../../lib/i18n/error-text.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { SubmitButton } from '../ui/submit-button.tsx';
import { TextField } from '../ui/text-field.tsx';
import '../../lib/i18n/en/mfa.ts';

/** Appwrite's recovery codes: 10 lower-case hex characters (contract §2.2 #43); spaces and dashes are ignored. */
const RECOVERY_CODE = /^[0-9a-f]{10}$/;
const normalise = (value: string) => value.replace(/[\s-]/g, '').toLowerCase();

/** One recovery code in place of the second step. A wrong or used code says how to get new ones. */
export function RecoveryCodeStep({ onSubmit, pending, error }: { onSubmit: (code: string) => void; pending: boolean; error: AccountError | null }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  // It replaces the choice the user just pressed: keep the keyboard here.
  useEffect(() => field.current?.focus(), []);
  const serverError = error ? (error.type === 'user_invalid_token' ? t('mfa.recoveryWrong') : errorText(error, t)) : undefined;
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!RECOVERY_CODE.test(normalise(code))) return setFormatError(true);
        onSubmit(normalise(code));
      }}
    >
      <TextField
        ref={field}
        label={t('mfa.recoveryLabel')}
        hint={t('mfa.recoveryHint')}
        value={code}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        dir="ltr"
        className="max-w-xs"
        error={formatError ? t('mfa.recoveryFormat') : serverError}
        onChange={(event) => {
          setCode(event.target.value);
          setFormatError(false);
        }}
      />
      <div>
        <SubmitButton error={error} pending={pending}>
          {pending ? t('mfa.confirming') : t('mfa.confirm')}
        </SubmitButton>
      </div>
    </form>
  );
}

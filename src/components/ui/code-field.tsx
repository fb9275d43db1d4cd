import { useId, type Ref } from 'react';
import { OTP_LENGTH } from '../../../contract/limits.ts';
import { fieldClasses } from './text-field.tsx';

export interface CodeFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Called once all `length` digits are in (typed or pasted): auto-submit. */
  onComplete?: (code: string) => void;
  error?: string | undefined;
  hint?: string;
  length?: number;
  disabled?: boolean;
  ref?: Ref<HTMLInputElement>;
}

/**
 * One field for a one-time code: digits only, paste-friendly ("123 456", "Code: 123456" both work),
 * `autocomplete="one-time-code"` so phones offer the SMS code.
 */
export function CodeField({ label, value, onChange, onComplete, error, hint, length = OTP_LENGTH, disabled, ref }: CodeFieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        value={value}
        disabled={disabled}
        inputMode="numeric"
        dir="ltr"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={length}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={fieldClasses(error, 'max-w-48 text-center font-mono text-2xl tracking-[0.4em] sm:text-2xl')}
        onChange={(event) => {
          const digits = event.target.value.replace(/\D/g, '').slice(0, length);
          onChange(digits);
          if (digits.length === length && digits !== value) onComplete?.(digits);
        }}
        onPaste={(event) => {
          const digits = event.clipboardData.getData('text').replace(/\D/g, '').slice(0, length);
          if (!digits) return;
          event.preventDefault();
          onChange(digits);
          if (digits.length === length) onComplete?.(digits);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
    </div>
  );
}

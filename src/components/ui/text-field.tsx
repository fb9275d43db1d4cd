import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { cx } from '../../lib/cx.ts';

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
  /** Rendered inside the field's frame after the input (e.g. a show/hide button). */
  trailing?: ReactNode;
}

const inputClasses =
  'block w-full min-h-10 rounded-control border bg-surface px-3 py-2 text-base text-fg sm:text-sm placeholder:text-muted';

/** A field's classes: its edge is a 3:1 border, red when it has an error. */
export function fieldClasses(error: unknown, ...extra: (string | false | undefined)[]) {
  return cx(inputClasses, error ? 'border-danger' : 'border-border-strong', ...extra);
}

/** Input types whose values are written left to right in every language. */
const LTR_TYPES = new Set(['email', 'tel', 'url']);

/**
 * Label, hint and error wired to the input with `aria-describedby` / `aria-invalid`. Email, phone and URL
 * fields are left to right (`dir="ltr"`), still aligned to the page's start in a right-to-left page.
 */
export function TextField({ label, hint, error, id, className, trailing, ref, ...input }: TextFieldProps) {
  const autoId = useId();
  const ltr = LTR_TYPES.has(input.type ?? '');
  const inputId = id ?? autoId;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('flex flex-col gap-1.5', className)}>
      <label htmlFor={inputId} className="text-sm font-medium text-fg">
        {label}
      </label>
      <div className="relative flex">
        <input
          ref={ref}
          id={inputId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          dir={ltr ? 'ltr' : undefined}
          className={fieldClasses(error, trailing ? 'pe-12' : undefined, ltr && 'rtl:text-right')}
          {...input}
        />
        {trailing && <div className="absolute inset-y-0 end-0 flex items-center pe-1">{trailing}</div>}
      </div>
      {error && (
        <p id={errorId} className="flex items-start gap-1 text-sm text-danger">
          <span aria-hidden="true">⚠</span>
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
    </div>
  );
}

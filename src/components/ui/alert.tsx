import type { ReactNode } from 'react';
import { cx } from '../../lib/cx.ts';
import { errorText, type DescribedError } from '../../lib/i18n/error-text.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';

type Tone = 'info' | 'success' | 'warning' | 'danger';

const TONES: Record<Tone, { box: string; icon: string }> = {
  info: { box: 'border-info bg-info-subtle', icon: 'ℹ' },
  success: { box: 'border-success bg-success-subtle', icon: '✓' },
  warning: { box: 'border-warning bg-warning-subtle', icon: '!' },
  danger: { box: 'border-danger bg-danger-subtle', icon: '⚠' },
};

export interface AlertProps {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  /** Danger alerts interrupt screen readers (role=alert); others are polite status messages. */
  live?: boolean;
  className?: string;
}

export function Alert({ tone = 'info', title, children, live = true, className }: AlertProps) {
  const role = !live ? undefined : tone === 'danger' ? 'alert' : 'status';
  return (
    <div role={role} className={cx('flex gap-3 rounded-card border-s-4 border p-3 text-sm text-fg', TONES[tone].box, className)}>
      <span aria-hidden="true" className="font-bold">
        {TONES[tone].icon}
      </span>
      <div className="flex flex-col gap-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div>{children}</div>}
      </div>
    </div>
  );
}

/**
 * A failed request, in words the user can act on; nothing when there is no error. A failed read passes
 * `onRetry` (its refetch) and gets a "Try again" button.
 */
export function ErrorAlert({ error, onRetry, className }: { error: DescribedError | null | undefined; onRetry?: () => unknown; className?: string }) {
  const t = useT();
  if (!error) return null;
  return (
    <Alert tone="danger" className={className}>
      {errorText(error, t)}
      {onRetry && (
        <>
          {' '}
          <button type="button" className="font-medium text-accent underline" onClick={() => void onRetry()}>
            {t('common.tryAgain')}
          </button>
        </>
      )}
    </Alert>
  );
}

import type { ButtonHTMLAttributes, Ref } from 'react';
import { cx } from '../../lib/cx.ts';
import { Spinner } from './spinner.tsx';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';

/**
 * primary: the page's main action (one per form, last in its row); secondary: outlined (its edge is a
 * 3:1 border); danger: what cannot be undone; ghost: a text button that reads like a link. Disabled
 * buttons get a muted fill rather than fading (index.css), so they stay legible; busy ones keep theirs.
 */
const VARIANTS: Record<Variant, string> = {
  primary: 'bg-accent text-accent-fg hover:bg-accent-hover border-transparent',
  secondary: 'bg-surface text-fg border-border-strong hover:bg-subtle',
  danger: 'bg-danger text-danger-fg hover:opacity-90 border-transparent',
  ghost: 'bg-transparent text-accent border-transparent underline-offset-2 hover:underline',
};

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  /** Shows a spinner and blocks further clicks (no double submit). */
  pending?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'primary', pending = false, disabled, className, children, type = 'button', ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={cx(
        'inline-flex min-h-10 items-center justify-center gap-2 rounded-control border px-4 py-2 text-sm font-medium transition-colors',
        VARIANTS[variant],
        className,
      )}
      {...rest}
    >
      {pending && <Spinner />}
      {children}
    </button>
  );
}

/** A 40 × 40 button showing only an icon; `label` is its accessible name (and tooltip). */
export function IconButton({ label, className, children, ...rest }: Omit<ButtonProps, 'aria-label'> & { label: string }) {
  return (
    <Button variant="ghost" data-icon aria-label={label} title={label} className={cx('size-10 min-h-10 p-0 text-fg hover:bg-subtle hover:no-underline', className)} {...rest}>
      {children}
    </Button>
  );
}

import type { ReactNode } from 'react';
import { cx } from '../../lib/cx.ts';

/**
 * The one place a form's or card's buttons go: its footer, right-aligned (end-aligned in RTL), the
 * primary action last, so every page reads the same way.
 */
export function FormActions({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cx('flex flex-wrap items-center justify-end gap-2 border-t border-border pt-4', className)}>{children}</div>;
}

import type { ReactNode } from 'react';
import { cx } from '../../lib/cx.ts';

export function Card({ children, className, labelledBy }: { children: ReactNode; className?: string; labelledBy?: string }) {
  return (
    <section aria-labelledby={labelledBy} className={cx('rounded-card border border-border bg-surface p-4 sm:p-6', className)}>
      {children}
    </section>
  );
}

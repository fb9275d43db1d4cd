import type { ReactNode } from 'react';
import { cx } from '../../lib/cx.ts';

type Tone = 'neutral' | 'success' | 'warning';

const TONES: Record<Tone, string> = {
  neutral: 'bg-subtle text-fg border-border',
  success: 'bg-success-subtle text-fg border-success',
  warning: 'bg-warning-subtle text-fg border-warning',
};

/** A small label; always text, so colour is never the only signal. */
export function Badge({ tone = 'neutral', className, children }: { tone?: Tone; className?: string; children: ReactNode }) {
  return <span className={cx('inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium', TONES[tone], className)}>{children}</span>;
}

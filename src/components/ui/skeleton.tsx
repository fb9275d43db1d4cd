import { cx } from '../../lib/cx.ts';

/** A grey placeholder while content loads; hidden from assistive technology. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cx('animate-pulse rounded-control bg-subtle motion-reduce:animate-none', className)} />;
}

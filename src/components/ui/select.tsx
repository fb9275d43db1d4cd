import type { Ref, SelectHTMLAttributes } from 'react';
import { cx } from '../../lib/cx.ts';
import { ChevronDownIcon } from './icons.tsx';
import { fieldClasses } from './text-field.tsx';

/** A native select styled like the text fields (same edge, height and padding), with its own chevron. */
export function Select({ className, ref, ...select }: SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> }) {
  return (
    <span className={cx('relative flex', className)}>
      <select ref={ref} className={fieldClasses(false, 'appearance-none pe-9')} {...select} />
      <span className="pointer-events-none absolute inset-y-0 end-2.5 flex items-center text-muted">
        <ChevronDownIcon />
      </span>
    </span>
  );
}

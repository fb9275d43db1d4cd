import { initials } from '../../lib/initials.ts';

export function Avatar({ name, email, size = 'sm' }: { name: string; email: string; size?: 'sm' | 'lg' }) {
  return (
    <span
      aria-hidden="true"
      className={
        size === 'lg'
          ? 'inline-flex size-16 shrink-0 items-center justify-center rounded-full bg-accent text-xl font-semibold text-accent-fg'
          : 'inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-accent text-sm font-semibold text-accent-fg'
      }
    >
      {initials(name, email)}
    </span>
  );
}

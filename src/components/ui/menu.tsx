import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { cx } from '../../lib/cx.ts';
import { IconButton } from './button.tsx';
import { MoreIcon } from './icons.tsx';

export interface MenuItem {
  label: string;
  onSelect: () => void;
}

/**
 * A "⋯" button with a short menu of less common actions. Keyboard: Enter/Space/↓ open it on the first
 * item, ↑/↓ move, Escape or Tab close it (focus back on the button).
 */
export function RowMenu({ label, items, className }: { label: string; items: MenuItem[]; className?: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const move = (from: HTMLElement, step: number) => {
    const all = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    all[(all.indexOf(from) + step + all.length) % all.length]?.focus();
  };

  return (
    <div ref={root} className={cx('relative', className)}>
      <IconButton ref={button} label={label} aria-haspopup="menu" aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => setOpen((v) => !v)} onKeyDown={(e) => e.key === 'ArrowDown' && setOpen(true)}>
        <MoreIcon />
      </IconButton>
      {open && (
        <div
          id={id}
          role="menu"
          tabIndex={-1}
          aria-label={label}
          className="absolute end-0 z-30 mt-1 flex min-w-48 flex-col rounded-card border border-border bg-surface py-1 shadow-lg"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
            else if (event.key === 'Tab') setOpen(false);
            else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              move(event.target as HTMLElement, event.key === 'ArrowDown' ? 1 : -1);
            }
          }}
        >
          {items.map((item): ReactNode => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              className="min-h-10 px-4 py-2 text-start text-sm hover:bg-subtle focus:bg-subtle"
              onClick={() => {
                close();
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useSurface } from '../../config/runtime-config-context.tsx';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  /** The buttons row; put the safe action first so Enter does not confirm by accident. */
  actions: ReactNode;
}

/**
 * A modal on the native `<dialog>`: focus is trapped, Escape closes, the rest of the page is inert.
 * Focus returns to whatever opened it.
 */
export function Dialog({ open, onClose, title, description, children, actions }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const { element: surface, mainId } = useSurface();
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      return () => {
        if (dialog.open) dialog.close();
        // The opener may be gone (the action it started replaced it): then the page's main region.
        if (opener?.isConnected) opener.focus();
        else surface?.querySelector<HTMLElement>(`#${CSS.escape(mainId)}`)?.focus();
      };
    }
    return undefined;
  }, [open, surface, mainId]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-card border border-border bg-surface p-0 text-fg shadow-xl backdrop:bg-black/50"
    >
      {open && (
        <div className="flex flex-col gap-4 p-6">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {description && (
            <div id={descriptionId} className="text-sm text-muted">
              {description}
            </div>
          )}
          {children}
          <div className="flex flex-wrap justify-end gap-2">{actions}</div>
        </div>
      )}
    </dialog>
  );
}

import { createContext, use, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { cx } from '../../lib/cx.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';

type Tone = 'success' | 'info' | 'danger';

interface Toast {
  id: number;
  tone: Tone;
  message: string;
}

type ShowToast = (message: string, tone?: Tone) => void;

const ToastContext = createContext<ShowToast | null>(null);

const DISPLAY_MS = 6000;

/**
 * Toasts in one polite live region that is always in the DOM, so screen readers announce
 * each message as it is added.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(0);

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback<ShowToast>(
    (message, tone = 'success') => {
      const id = ++nextId.current;
      setToasts((list) => [...list.slice(-2), { id, tone, message }]);
      setTimeout(() => dismiss(id), DISPLAY_MS);
    },
    [dismiss],
  );

  const value = useMemo(() => show, [show]);

  return (
    <ToastContext value={value}>
      {children}
      <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={cx(
              'pointer-events-auto flex w-full max-w-sm items-center justify-between gap-3 rounded-card border bg-surface px-4 py-3 text-sm text-fg shadow-lg',
              toast.tone === 'danger' ? 'border-danger' : toast.tone === 'success' ? 'border-success' : 'border-border',
            )}
          >
            <span>{toast.message}</span>
            <button type="button" onClick={() => dismiss(toast.id)} className="rounded-control px-2 py-1 text-muted hover:bg-subtle">
              {t('common.dismiss')}
            </button>
          </div>
        ))}
      </div>
    </ToastContext>
  );
}

export function useToast(): ShowToast {
  const show = use(ToastContext);
  if (!show) throw new Error('useToast must be used inside <ToastProvider>');
  return show;
}

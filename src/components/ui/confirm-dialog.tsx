import type { ReactNode } from 'react';
import { formatCountdown } from '../../lib/format-countdown.ts';
import type { DescribedError } from '../../lib/i18n/error-text.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { useRetryAfter } from '../../lib/use-retry-after.ts';
import { useSingleAction } from '../../lib/use-single-action.ts';
import { ErrorAlert } from './alert.tsx';
import { Button } from './button.tsx';
import { Dialog } from './dialog.tsx';

export interface ConfirmDialogProps {
  open: boolean;
  onCancel: () => void;
  title: string;
  /** Exactly what will happen. */
  description?: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  /** Defaults to "Cancel". */
  cancelLabel?: string;
  /** `danger` for what cannot be undone (sign-outs, leaving unsaved work). */
  tone?: 'primary' | 'danger';
  /** Runs the action. With `form` instead, the confirm button submits the form of that id (a dialog that holds one). */
  onConfirm?: () => void;
  form?: string;
  /** The action is running: the confirm button shows it and takes no second click. */
  pending?: boolean;
  /** Why the action failed; the dialog stays open so the user can retry or cancel. */
  error?: DescribedError | null;
}

/** A question before an action: the safe choice first (Enter does not confirm by accident), the action last. */
export function ConfirmDialog({ open, onCancel, title, description, children, confirmLabel, cancelLabel, tone = 'primary', onConfirm, form, pending, error }: ConfirmDialogProps) {
  // After a rate limit the confirm button waits, counting down, like a form's submit button.
  const wait = useRetryAfter(error);
  const once = useSingleAction(open, pending, error);
  const t = useT();
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={title}
      description={description}
      actions={
        <>
          <Button variant="secondary" onClick={onCancel}>
            {cancelLabel ?? t('common.cancel')}
          </Button>
          <Button type={form ? 'submit' : 'button'} form={form} variant={tone} pending={pending} disabled={wait > 0} onClick={onConfirm && (() => once(onConfirm))}>
            {wait > 0 ? t('common.retryIn', { time: formatCountdown(wait) }) : confirmLabel}
          </Button>
        </>
      }
    >
      <ErrorAlert error={error} />
      {children}
    </Dialog>
  );
}

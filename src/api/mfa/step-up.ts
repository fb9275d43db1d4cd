/**
 * "Confirm it's you" on demand. Some changes need a second factor confirmed in the last 30 minutes
 * (Appwrite answers 401 `user_challenge_required`); the action then waits while a dialog asks for it
 * and runs again once it is confirmed, so nothing the user typed is lost. A page with such changes
 * wraps itself in a StepUpHost (one controller; several waiting actions share one dialog).
 * `useWithStepUp` is apart, and the dialog with its strings loads when it opens.
 */
import { createRequiredContext } from '../../lib/required-context.tsx';
import { AccountError } from '../client/errors.ts';

export interface StepUpController {
  /** Resolves once the user has confirmed a second factor; rejects with the dialog's error if they decline. */
  confirm: () => Promise<void>;
  /** The dialog's answer to the waiting actions: confirmed (null), or why not (default: the page went away). */
  settle: (declined: AccountError | null) => void;
  isOpen: () => boolean;
  subscribe: (listener: () => void) => () => void;
}

export function createStepUp(): StepUpController {
  let pending: { promise: Promise<void>; resolve: () => void; reject: (error: AccountError) => void } | null = null;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of listeners) listener();
  };
  return {
    confirm() {
      if (!pending) {
        let resolve = () => {};
        let reject: (error: AccountError) => void = () => {};
        const promise = new Promise<void>((onResolve, onReject) => {
          resolve = onResolve;
          reject = onReject;
        });
        pending = { promise, resolve, reject };
        emit();
      }
      return pending.promise;
    },
    settle(declined) {
      const waiting = pending;
      if (!waiting) return;
      pending = null;
      emit();
      if (declined) waiting.reject(declined);
      else waiting.resolve();
    },
    isOpen: () => pending !== null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Ends a wait nobody can answer any more (the signed-in shell went away); no page shows it. */
export const STEP_UP_ABANDONED = new AccountError({ status: 0, type: 'step_up_cancelled', messageKey: 'errors.unknown', serverMessage: 'step-up abandoned' });

export const [StepUpProvider, useStepUpController] = createRequiredContext<StepUpController>('StepUpProvider');

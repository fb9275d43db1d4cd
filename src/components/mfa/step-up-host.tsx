import { lazy, Suspense, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { STEP_UP_ABANDONED, StepUpProvider, type StepUpController } from '../../api/mfa/step-up.ts';

// The dialog, its form and its strings load when a change first asks for a second factor.
const StepUpDialog = lazy(() => import('./step-up-dialog.tsx').then((m) => ({ default: m.StepUpDialog })));

/** Provides a step-up controller to the page it wraps and shows its dialog while an action waits. */
export function StepUpHost({ controller, children }: { controller: StepUpController; children: ReactNode }) {
  const open = useSyncExternalStore(controller.subscribe, controller.isOpen, () => false);
  // Signed out or sent to /mfa while an action waits: end the wait instead of leaving it pending.
  useEffect(() => () => controller.settle(STEP_UP_ABANDONED), [controller]);
  return (
    <StepUpProvider value={controller}>
      {children}
      {open && (
        <Suspense fallback={null}>
          <StepUpDialog />
        </Suspense>
      )}
    </StepUpProvider>
  );
}

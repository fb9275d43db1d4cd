import { lazy, Suspense, useSyncExternalStore, type ReactNode } from 'react';
import { StepUpProvider, type StepUpController } from '../../api/mfa/step-up.ts';

// The dialog, its form and its strings load when a change first asks for a second factor.
const StepUpDialog = lazy(() => import('./step-up-dialog.tsx').then((m) => ({ default: m.StepUpDialog })));

/** Provides the step-up controller to the signed-in pages and shows its dialog while an action waits. */
export function StepUpHost({ controller, children }: { controller: StepUpController; children: ReactNode }) {
  const open = useSyncExternalStore(controller.subscribe, controller.isOpen, () => false);
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

import { useEffect, useRef } from 'react';

/**
 * One action per click burst: a double click or mashed Enter fires the action once. Buttons are
 * disabled once their write is pending, but that state renders a moment later (a mutation notifies in
 * a later task), so a second click can slip in before it. Fires again once any of the reset values
 * changes (the write became pending, failed, or the dialog closed).
 */
export function useSingleAction(resetA: unknown, resetB?: unknown, resetC?: unknown): (action: () => void) => void {
  const fired = useRef(false);
  useEffect(() => {
    fired.current = false;
  }, [resetA, resetB, resetC]);
  return (action) => {
    if (fired.current) return;
    fired.current = true;
    action();
  };
}

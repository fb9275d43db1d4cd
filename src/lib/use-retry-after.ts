import { useEffect, useState } from 'react';

function retryAtOf(error: unknown): number {
  if (typeof error !== 'object' || error === null || !('retryAt' in error)) return 0;
  return typeof error.retryAt === 'number' ? error.retryAt : 0;
}

/**
 * Seconds until a rate-limited action can be tried again (`error.retryAt`), ticking down; 0 when
 * there is no such wait.
 */
export function useRetryAfter(error: unknown): number {
  const retryAt = retryAtOf(error);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (retryAt <= Date.now()) return;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      if (current >= retryAt) clearInterval(timer);
    };
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [retryAt]);
  return Math.max(0, Math.ceil((retryAt - now) / 1000));
}

import { useEffect, useRef } from 'react';

/**
 * Runs `action` once per `key` after mount: a link's secret must be spent exactly once, even when
 * React's StrictMode mounts effects twice in development.
 */
export function useRunOnce(key: string | null, action: () => void): void {
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (key === null || done.current === key) return;
    done.current = key;
    action();
  });
}

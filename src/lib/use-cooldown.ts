import { useEffect, useState } from 'react';
import { COOLDOWN_EVENT as EVENT, readUntil, storageKey } from './start-cooldown.ts';

/**
 * A resend cooldown that survives a reload (kept in localStorage per action and address, hashed), so a
 * refresh cannot be used to spam emails and texts. `remaining` is in whole seconds.
 */
export function useCooldown(key: string, seconds = 60) {
  const [stored, setStored] = useState(() => ({ key, until: readUntil(key) }));
  const [now, setNow] = useState(() => Date.now());
  // Another address (key) has its own cooldown: re-read it during render, not in an effect.
  if (stored.key !== key) setStored({ key, until: readUntil(key) });
  const until = stored.until;

  useEffect(() => {
    const onStart = (event: Event) => {
      if ((event as CustomEvent<string>).detail !== key) return;
      setNow(Date.now());
      setStored({ key, until: readUntil(key) });
    };
    window.addEventListener(EVENT, onStart);
    return () => window.removeEventListener(EVENT, onStart);
  }, [key]);

  useEffect(() => {
    if (until <= Date.now()) return;
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);

  const remaining = Math.max(0, Math.ceil((until - now) / 1000));
  return {
    remaining,
    start() {
      const next = Date.now() + seconds * 1000;
      localStorage.setItem(storageKey(key), String(next));
      setNow(Date.now());
      setStored({ key, until: next });
    },
  };
}

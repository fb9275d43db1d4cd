import { useEffect } from 'react';

/**
 * The `?userId&secret&expire` every Appwrite email link carries. `expire` is checked here, before
 * any request, so an old link says "expired" at once (appwrite#1297).
 */
export type LinkParams =
  | { state: 'missing' }
  | { state: 'expired'; userId: string }
  | { state: 'ready'; userId: string; secret: string; expire: string };

export function readLinkParams(params: URLSearchParams, now: number = Date.now()): LinkParams {
  const userId = params.get('userId');
  const secret = params.get('secret');
  // Some mail clients turn the "+" of "+00:00" into a space.
  const expire = params.get('expire')?.replace(' ', '+') ?? '';
  if (!userId || !secret) return { state: 'missing' };
  const expiresAt = Date.parse(expire);
  if (expire && !Number.isNaN(expiresAt) && expiresAt < now) return { state: 'expired', userId };
  return { state: 'ready', userId, secret, expire };
}

const LINK_KEYS = ['userId', 'secret', 'expire', 'flow'];

/**
 * The link's user id, secret, expiry and flow leave the address bar as soon as the page has read them,
 * whatever the outcome: not in history, not shared by copy-paste. The page keeps its copy (the router's
 * location is not changed by this), so a retry still works.
 */
export function useForgetLinkParams(): void {
  useEffect(() => {
    const url = new URL(window.location.href);
    const present = LINK_KEYS.filter((key) => url.searchParams.has(key));
    if (!present.length) return;
    for (const key of present) url.searchParams.delete(key);
    window.history.replaceState(window.history.state, '', url);
  }, []);
}

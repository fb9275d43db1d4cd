/**
 * Binds a sign-in link or an OAuth return to the browser that asked for it (login CSRF: an attacker's
 * own link must not silently sign a visitor into the attacker's account). A random nonce is kept here
 * when the flow starts and carried in the URL Appwrite sends back (`?flow=`); the landing page
 * exchanges silently only when it knows the nonce, and asks first otherwise. localStorage, not
 * sessionStorage: a link from an email opens in a new tab.
 */
const KEY = 'account-dashboard:flows';
/** As long as the longest flow it guards (a magic link works for an hour). */
const LIFETIME_MS = 60 * 60 * 1000;
const MAX_FLOWS = 20;

type Flows = Record<string, number>;

function read(now: number): Flows {
  try {
    // Stryker disable next-line StringLiteral: any unparsable fallback also reads as no flows
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    // Only unexpired entries of the right shape (Object.entries: own keys, so "__proto__" is inert).
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > now));
  } catch {
    return {};
  }
}

function write(flows: Flows): void {
  try {
    const newest = Object.entries(flows)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_FLOWS);
    localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(newest)));
  } catch {
    // Storage full or blocked: the landing page will ask before signing in, which is safe.
  }
}

/** A new nonce for a flow starting now. */
export function startFlow(now: number = Date.now()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const nonce = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  write({ ...read(now), [nonce]: now + LIFETIME_MS });
  return nonce;
}

/** Whether this browser started the flow `nonce` belongs to (and it has not expired). */
export function isOwnFlow(nonce: string | null, now: number = Date.now()): boolean {
  return Boolean(nonce && Object.hasOwn(read(now), nonce));
}

/** The flow is over (used or given up): its nonce no longer vouches for anything. */
export function endFlow(nonce: string | null, now: number = Date.now()): void {
  if (!nonce) return;
  const flows = read(now);
  if (!Object.hasOwn(flows, nonce)) return;
  Reflect.deleteProperty(flows, nonce);
  write(flows);
}

/**
 * Resend cooldowns in storage, without the hook that shows them (pages that only start one need no
 * more): keyed by a salted hash of action and address.
 */
import { COOLDOWN_PREFIX as PREFIX } from './cooldown-storage.ts';

const SALT_KEY = 'account-dashboard:cooldown-salt';
// Stryker disable next-line StringLiteral: an internal name; sender and listeners share this constant
export const COOLDOWN_EVENT = 'cooldown-started';

/** This browser's random salt, so a stored key does not give away the address it is for. */
function salt(): string {
  let value = localStorage.getItem(SALT_KEY);
  if (!value) {
    value = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    localStorage.setItem(SALT_KEY, value);
  }
  return value;
}

/** cyrb53: a fast 53-bit string hash; with the salt, enough to keep addresses out of plain sight. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Where a cooldown is kept: keyed by a salted hash, never by the email address or phone number itself. */
export function storageKey(key: string): string {
  return PREFIX + hash(`${salt()}:${key}`);
}

/** Starts a cooldown for `key` from outside the component that shows it. */
export function startCooldown(key: string, seconds = 60): void {
  localStorage.setItem(storageKey(key), String(Date.now() + seconds * 1000));
  // Components already showing this cooldown re-read it.
  window.dispatchEvent(new CustomEvent<string>(COOLDOWN_EVENT, { detail: key }));
}

export function readUntil(key: string): number {
  const value = Number(localStorage.getItem(storageKey(key)));
  return Number.isFinite(value) ? value : 0;
}

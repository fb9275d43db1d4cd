import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/** A server-generated id: 13 hex chars of time (like PHP uniqid) + 7 random hex chars = 20. */
export function uniqueId(nowMs: number): string {
  const sec = Math.floor(nowMs / 1000);
  const usec = Math.floor((nowMs % 1000) * 1000 + Math.random() * 1000) % 1_000_000;
  const head = sec.toString(16).padStart(8, '0') + usec.toString(16).padStart(5, '0');
  return head + randomHex(7);
}

export function randomHex(length: number): string {
  return bytesToHex(randomBytes(Math.ceil(length / 2))).slice(0, length);
}

export function randomDigits(length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => String(b % 10)).join('');
}

export function hash(value: string): string {
  return bytesToHex(sha256(utf8ToBytes(value)));
}

/** Passwords are stored salted, never in the clear, even in a mock's localStorage. */
export function hashPassword(password: string, salt: string): string {
  return hash(`${salt}:${password}`);
}

/** The value Appwrite puts in `a_session_<project>`: base64 of `{"id":userId,"secret":secret}`. */
export function encodeSessionValue(userId: string, secret: string): string {
  return btoa(JSON.stringify({ id: userId, secret }));
}

export function decodeSessionValue(value: string): { id: string; secret: string } | null {
  try {
    const parsed: unknown = JSON.parse(atob(value));
    if (
      parsed &&
      typeof parsed === 'object' &&
      'id' in parsed &&
      'secret' in parsed &&
      typeof parsed.id === 'string' &&
      typeof parsed.secret === 'string'
    ) {
      return { id: parsed.id, secret: parsed.secret };
    }
  } catch {
    // not base64 or not JSON: treated as no session, like Appwrite
  }
  return null;
}

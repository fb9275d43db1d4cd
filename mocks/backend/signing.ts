/** HMAC-SHA256 signatures and base64url, shared by JWTs and the OAuth2 `state`. */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

export function base64url(bytes: Uint8Array | string): string {
  const binary = typeof bytes === 'string' ? bytes : String.fromCharCode(...bytes);
  // "=" only ever pads the end.
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
}

/** Throws on text that is not base64url. */
export function fromBase64url(text: string): string {
  return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
}

export function hmacSignature(key: string, data: string): string {
  return base64url(hmac(sha256, utf8ToBytes(key), utf8ToBytes(data)));
}

/** Compares without an early exit, so timing does not tell how much of a forged signature was right. */
export function sameSignature(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i !== a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

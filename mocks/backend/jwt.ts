/** HS256 JWTs `{userId, sessionId, exp}` as Appwrite issues them for `createJWT`. */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

export interface JwtPayload {
  userId: string;
  sessionId: string;
  exp: number;
}

function base64url(bytes: Uint8Array | string): string {
  const binary = typeof bytes === 'string' ? bytes : String.fromCharCode(...bytes);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): string {
  return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
}

function signature(key: string, data: string): string {
  return base64url(hmac(sha256, utf8ToBytes(key), utf8ToBytes(data)));
}

export function signJwt(key: string, payload: JwtPayload): string {
  const head = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
  const body = base64url(JSON.stringify(payload));
  return `${head}.${body}.${signature(key, `${head}.${body}`)}`;
}

/** Returns the payload when the signature matches and `exp` is in the future, else null. */
export function verifyJwt(key: string, token: string, nowMs: number): JwtPayload | null {
  const [head, body, sig] = token.split('.');
  if (!head || !body || !sig || signature(key, `${head}.${body}`) !== sig) return null;
  try {
    const payload = JSON.parse(fromBase64url(body)) as Partial<JwtPayload>;
    if (typeof payload.userId !== 'string' || typeof payload.sessionId !== 'string') return null;
    if (typeof payload.exp !== 'number' || payload.exp * 1000 < nowMs) return null;
    return { userId: payload.userId, sessionId: payload.sessionId, exp: payload.exp };
  } catch {
    return null;
  }
}

/** HS256 JWTs `{userId, sessionId, exp}` as Appwrite issues them for `createJWT`. */
import { base64url, fromBase64url, hmacSignature, sameSignature } from './signing.ts';

export interface JwtPayload {
  userId: string;
  sessionId: string;
  exp: number;
}

export function signJwt(key: string, payload: JwtPayload): string {
  const head = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
  const body = base64url(JSON.stringify(payload));
  return `${head}.${body}.${hmacSignature(key, `${head}.${body}`)}`;
}

/** Returns the payload when the signature matches and `exp` is in the future, else null. */
export function verifyJwt(key: string, token: string, nowMs: number): JwtPayload | null {
  const [head, body, sig] = token.split('.');
  if (!head || !body || !sig || !sameSignature(hmacSignature(key, `${head}.${body}`), sig)) return null;
  try {
    const payload = JSON.parse(fromBase64url(body)) as Partial<JwtPayload>;
    if (typeof payload.userId !== 'string' || typeof payload.sessionId !== 'string') return null;
    if (typeof payload.exp !== 'number' || payload.exp * 1000 < nowMs) return null;
    return { userId: payload.userId, sessionId: payload.sessionId, exp: payload.exp };
  } catch {
    return null;
  }
}

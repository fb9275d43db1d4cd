/** RFC 6238 TOTP through `otpauth`: 30-second steps, 6 digits, SHA-1, like Appwrite's OTPHP. */
import { Secret, TOTP } from 'otpauth';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, issuer = '', label = ''): TOTP {
  return new TOTP({ issuer, label, secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
}

/** `otpauth://totp/<issuer>:<label>?issuer=…&secret=…` for the QR code. */
export function totpUri(secret: string, issuer: string, label: string): string {
  return totp(secret, issuer, label).toString();
}

/** Accepts the current step and one either side (clock drift), at the backend's time. */
export function verifyTotp(secret: string, code: string, nowMs: number): boolean {
  return totp(secret).validate({ token: code, timestamp: nowMs, window: 1 }) !== null;
}

export function totpCode(secret: string, nowMs: number): string {
  return totp(secret).generate({ timestamp: nowMs });
}

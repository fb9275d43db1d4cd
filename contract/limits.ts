/**
 * Appwrite's limits on what an account holds (contract §2.0, from the server's param validators). The
 * app validates with them before a request; the mock rejects with them. Counts are as the server
 * counts: string length for passwords and emails, code points (PHP's mb_strlen) for names.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;
export const NAME_MAX_LENGTH = 128;
export const EMAIL_MAX_LENGTH = 254;
/** Appwrite's phone rule: E.164, "+" then 7–15 digits (no spaces). */
export const PHONE_PATTERN = /^\+[1-9]\d{6,14}$/;
/** Ids (`userId`, `projectId`, …): 1–36 of a–z, A–Z, 0–9, ".", "-", "_", not starting with a special char. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,35}$/;
/** One-time codes by email or SMS, and authenticator codes. */
export const OTP_LENGTH = 6;


/**
 * Client-side rules that mirror Appwrite's param validators (contract §2.0), so most bad input is
 * caught before a request; the server's answer still wins. Messages are i18n keys.
 */
import * as z from 'zod/mini';
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PHONE_PATTERN } from '../../../contract/limits.ts';
import { codePointLength as codePoints } from '../code-points.ts';

export const emailRule = z.pipe(
  z.pipe(z.string(), z.transform((v) => v.trim())),
  z.email({ error: 'validation.emailInvalid' }).check(z.maxLength(EMAIL_MAX_LENGTH, 'validation.emailInvalid')),
);

/** Appwrite's `Password` validator: 8–256 characters. */
export const passwordRule = z
  .string()
  .check(z.minLength(PASSWORD_MIN_LENGTH, 'validation.passwordTooShort'), z.maxLength(PASSWORD_MAX_LENGTH, 'validation.passwordTooLong'));

/** `Text(128)` counts code points like PHP's mb_strlen. */
export const optionalNameRule = z.string().check(z.refine((v) => codePoints(v.trim()) <= NAME_MAX_LENGTH, 'validation.nameTooLong'));

export const requiredNameRule = z
  .string()
  .check(
    z.refine((v) => v.trim().length > 0, 'validation.nameRequired'),
    z.refine((v) => codePoints(v.trim()) <= NAME_MAX_LENGTH, 'validation.nameTooLong'),
  );

/** Appwrite's phone rule: E.164, "+" then 7–15 digits; spaces, dashes, dots and brackets are dropped first. */
export const phoneRule = z.pipe(
  z.pipe(z.string(), z.transform((v) => v.replace(/[\s().-]/g, ''))),
  z.string().check(z.regex(PHONE_PATTERN, 'validation.phoneInvalid')),
);

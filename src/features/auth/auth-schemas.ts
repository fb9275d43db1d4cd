import * as z from 'zod/mini';
import { emailRule, optionalNameRule, passwordRule } from '../../lib/forms/account-rules.ts';

export const signInSchema = z.object({ email: emailRule, password: passwordRule });
export type SignInValues = z.input<typeof signInSchema>;

export const signUpSchema = z.object({ name: optionalNameRule, email: emailRule, password: passwordRule });
export type SignUpValues = z.input<typeof signUpSchema>;

export const emailOnlySchema = z.object({ email: emailRule });
export type EmailOnlyValues = z.input<typeof emailOnlySchema>;

/** Appwrite's phone rule: E.164, "+" then 7–15 digits; spaces, dashes and brackets are dropped first. */
export const phoneSchema = z.object({
  phone: z.pipe(
    z.pipe(z.string(), z.transform((v) => v.replace(/[\s().-]/g, ''))),
    z.string().check(z.regex(/^\+[1-9]\d{6,14}$/, 'auth.phone.invalid')),
  ),
});
export type PhoneValues = z.input<typeof phoneSchema>;

export const saveGuestSchema = z.object({ email: emailRule, password: passwordRule });
export type SaveGuestValues = z.input<typeof saveGuestSchema>;

import * as z from 'zod/mini';
import { emailRule, optionalNameRule, passwordRule, phoneRule } from '../../lib/forms/account-rules.ts';

export const signInSchema = z.object({ email: emailRule, password: passwordRule });
export type SignInValues = z.input<typeof signInSchema>;

export const signUpSchema = z.object({ name: optionalNameRule, email: emailRule, password: passwordRule });
export type SignUpValues = z.input<typeof signUpSchema>;

export const emailOnlySchema = z.object({ email: emailRule });
export type EmailOnlyValues = z.input<typeof emailOnlySchema>;

export const phoneSchema = z.object({ phone: phoneRule });
export type PhoneValues = z.input<typeof phoneSchema>;

export const saveGuestSchema = z.object({ email: emailRule, password: passwordRule });
export type SaveGuestValues = z.input<typeof saveGuestSchema>;

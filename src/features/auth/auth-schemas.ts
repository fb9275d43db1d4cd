import * as z from 'zod/mini';
import { emailRule, optionalNameRule, passwordRule } from '../../lib/forms/account-rules.ts';

export const signInSchema = z.object({ email: emailRule, password: passwordRule });
export type SignInValues = z.input<typeof signInSchema>;

export const signUpSchema = z.object({ name: optionalNameRule, email: emailRule, password: passwordRule });
export type SignUpValues = z.input<typeof signUpSchema>;

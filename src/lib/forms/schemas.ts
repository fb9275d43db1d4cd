/**
 * Every form's schema in one module, loaded with zod only when a form first validates (see
 * schema-resolver.ts): forms render without waiting for validation code.
 */
import * as z from 'zod/mini';
import { emailRule, optionalNameRule, passwordRule, phoneRule, requiredNameRule } from './account-rules.ts';
import '../i18n/en/settings.ts';

export { standardSchemaResolver } from '@hookform/resolvers/standard-schema';

export const schemas = {
  signIn: z.object({ email: emailRule, password: passwordRule }),
  signUp: z.object({ name: optionalNameRule, email: emailRule, password: passwordRule }),
  emailOnly: z.object({ email: emailRule }),
  phoneOnly: z.object({ phone: phoneRule }),
  saveGuest: z.object({ email: emailRule, password: passwordRule }),
  name: z.object({ name: requiredNameRule }),
  changeEmail: z.object({ email: emailRule, password: passwordRule }),
  changePhone: z.object({ phone: phoneRule, password: passwordRule }),
  newPassword: z
    .object({ current: z.string(), password: passwordRule, confirm: z.string() })
    .check(z.refine((v) => v.password === v.confirm, { error: 'password.mismatch', path: ['confirm'] })),
};

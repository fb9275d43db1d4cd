import * as z from 'zod/mini';
import { requiredNameRule } from '../../lib/forms/account-rules.ts';

export const nameSchema = z.object({ name: requiredNameRule });
export type NameValues = z.input<typeof nameSchema>;

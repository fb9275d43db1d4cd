/** Emails and SMS Appwrite would send (contract §9), delivered to the mock inbox instead. */
import type { Context } from './context.ts';
import { AppwriteError } from './errors.ts';
import { uniqueId } from './ids.ts';
import type { UserRecord } from './state.ts';

interface EmailInput {
  subject: string;
  text: string;
  link?: string | null;
  code?: string | null;
}

export function requireSmtp(ctx: Context, message = 'SMTP disabled'): void {
  if (!ctx.state.project.smtp) throw new AppwriteError('general_smtp_disabled', message);
}

export function requireSms(ctx: Context): void {
  if (!ctx.state.project.sms) throw new AppwriteError('general_phone_disabled', 'Phone provider not configured');
}

export function sendEmail(ctx: Context, user: UserRecord, to: string, input: EmailInput): void {
  ctx.state.messages.push({
    $id: uniqueId(ctx.now),
    channel: 'email',
    to,
    toName: user.name,
    subject: input.subject,
    text: input.text,
    link: input.link ?? null,
    code: input.code ?? null,
    createdAt: ctx.now,
  });
}

/** SMS texts start with the code, so phones can offer to fill it in. */
export function sendSms(ctx: Context, user: UserRecord, to: string, code: string): void {
  const project = ctx.state.project.name;
  ctx.state.messages.push({
    $id: uniqueId(ctx.now),
    channel: 'sms',
    to,
    toName: user.name,
    subject: '',
    text: `${code} is your ${project} verification code.`,
    link: null,
    code,
    createdAt: ctx.now,
  });
}

export function withPhrase(text: string, phrase: string): string {
  return phrase ? `${text}\n\nSecurity phrase: ${phrase}` : text;
}

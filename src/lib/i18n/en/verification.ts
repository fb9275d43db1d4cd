/** English strings for code entry and resend (sign-in, email, phone); registered when a module that shows them loads. */
import { addEnglishPart } from '../messages.ts';

export const verificationEn = {
  code: {
    submit: 'Send code',
    sentEmail: 'We sent a 6-digit code to {{email}}. It works for 15 minutes.',
    sentPhone: 'We sent a 6-digit code to {{phone}}. It works for 15 minutes.',
    label: '6-digit code',
    verify: 'Sign in',
    verifying: 'Checking…',
    invalid: 'That code is wrong, expired or already used. Check it, or send a new one.',
    incomplete: 'Enter all 6 digits.',
    resend: 'Send again',
    resendIn: 'Send again in {{seconds}} s',
    phrase: 'The email shows this security phrase: {{phrase}}. Only use a link whose email shows the same words.',
    phoneLabel: 'Phone number',
    phoneHint: 'With country code, e.g. +44 7700 900123.',
    phoneSent: 'Code sent to {{phone}}.',
  },
} as const;

addEnglishPart('verification', verificationEn);

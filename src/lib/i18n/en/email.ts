/** English strings for the Email page; registered when a module that shows them loads. */
import { addEnglishPart } from '../messages.ts';

export const emailEn = {
  email: {
    title: 'Email',
    description: 'The address you sign in with and where security messages go.',
    current: 'Your email address',
    none: 'No email address yet. Add one to sign in with email and to recover your account.',
    unverified: '{{email}} is not verified yet.',
    linkSentTo: 'We sent a verification link to {{email}}.',
    didNotGetIt: 'Didn’t get it?',
    sendLink: 'Send a verification link',
    resendIn: 'Resend in {{time}}',
    useCode: 'Use a code',
    codeSent: 'We sent a 6-digit code to {{email}}. It works for 15 minutes.',
    verifyCode: 'Verify email',
    verified: 'Email verified.',
    change: 'Change email',
    changeShort: 'Change',
    add: 'Add email and password',
    newEmail: 'New email',
    save: 'Save email',
  },
} as const;

addEnglishPart('email', emailEn);

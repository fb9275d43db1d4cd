/** English strings for the Password page; registered when a module that shows them loads. */
import { addEnglishPart } from '../messages.ts';

export const passwordPageEn = {
  passwordPage: {
    title: 'Password',
    description: 'Use a long password you do not use anywhere else. A password manager helps.',
    set: 'Set a password',
    setBody: 'Your account has no password yet. Setting one lets you sign in with email and password.',
    submit: 'Change password',
    submitSet: 'Set password',
    done: 'Password changed.',
    signedOutOthers: 'Other devices were signed out. {{count}} sessions remain.',
    signedOutOthersOne: 'Other devices were signed out. 1 session remains (this one).',
    strength: 'Strength: {{label}}',
    strengthLabels: {
      s0: 'very weak',
      s1: 'weak',
      s2: 'fair',
      s3: 'strong',
      s4: 'very strong',
    },
  },
} as const;

addEnglishPart('password-page', passwordPageEn);

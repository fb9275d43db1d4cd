/** English strings shared by the settings pages (current password, new password) and the Password page; registered when a module that shows them loads. */
import { addMessages } from '../messages.ts';

export const settingsEn = {
  settings: {
    currentPassword: 'Current password',
    currentPasswordHint: 'Enter your password to confirm it’s you.',
    choosePassword: 'Choose a password',
    choosePasswordHint: 'Your account has no password yet: this one will let you sign in with your email.',
    wrongPassword: 'That is not your current password.',
    alreadyUsed: 'This is already used by another account.',
    password: {
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
  },
  password: {
    new: 'New password',
    confirm: 'Repeat new password',
    mismatch: 'The two passwords are different.',
    ruleLength: '8 to 256 characters.',
    recentlyUsed: 'You used this password recently. Choose a different one.',
    personalData: 'The password contains your name, email, phone or account ID. Choose another.',
    rejected: 'This password is not allowed: {{detail}}',
  },
} as const;

addMessages('en', settingsEn);

/** English strings shared by the settings pages (current password, new password); registered when a module that shows them loads. */
import { addEnglishPart } from '../messages.ts';

export const settingsEn = {
  settings: {
    currentPassword: 'Current password',
    currentPasswordHint: 'Enter your password to confirm it’s you.',
    choosePassword: 'Choose a password',
    choosePasswordHint: 'Your account has no password yet: this one will let you sign in with your email.',
    wrongPassword: 'That is not your current password.',
    alreadyUsed: 'This is already used by another account.',
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

addEnglishPart('settings', settingsEn);

/** English strings for /profile; registered when a module that shows them loads. */
import { addEnglishPart } from '../messages.ts';

export const profileEn = {
  profile: {
    title: 'Profile',
    summary: 'Your account',
    accountId: 'Account ID',
    copyAccountId: 'Copy account ID',
    memberSince: 'Member since',
    email: 'Email',
    phone: 'Phone',
    nameSection: 'Display name',
    nameSectionHint: 'How {{app}} addresses you. Up to 128 characters.',
    nameSectionHintPlain: 'How we address you. Up to 128 characters.',
    nameLabel: 'Name',
    nameSaved: 'Name saved.',
  },
} as const;

addEnglishPart('profile', profileEn);

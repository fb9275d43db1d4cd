/** English strings for the Phone pages; registered when a module that shows them loads. */
import { addEnglishPart } from '../messages.ts';

export const phoneEn = {
  phone: {
    title: 'Phone',
    description: 'A phone number lets you sign in with a text message and verify it is you.',
    current: 'Your phone number',
    unverified: '{{phone}} is not verified yet.',
    changeShort: 'Change',
    none: 'No phone number yet.',
    verify: 'Text me a code to verify it',
    change: 'Change phone number',
    add: 'Add phone number',
    newPhone: 'Phone number',
    save: 'Save and text me a code',
    verified: 'Phone verified.',
    verifyPage: {
      title: 'Verify your phone',
      body: 'Confirm that {{phone}} is yours with a 6-digit code we text to it.',
      send: 'Text me a code',
      noPhone: 'Your account has no phone number yet.',
      alreadyVerified: 'Your phone number is verified.',
    },
  },
} as const;

addEnglishPart('phone', phoneEn);

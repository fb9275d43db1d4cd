/** English strings for the settings embedded in a host app; registered when the embedded layout loads. */
import { addEnglishPart } from '../messages.ts';

export const embedEn = {
  embed: {
    signedOutTitle: 'You are signed out',
    signedOutBody: 'Sign in to the app again to manage your account here.',
    secondStepTitle: 'Finish signing in first',
    secondStepBody: 'Your account asks for a second step. Finish signing in to the app, then come back here.',
    deactivatedTitle: 'Your account is deactivated',
    deactivatedBody: 'You have been signed out. If this was a mistake, contact the app’s administrator.',
    notAllowedTitle: 'This page cannot be shown here',
    notAllowedBody: 'The account settings only open inside the apps their owner has allowed. Open them in the app itself.',
  },
} as const;

addEnglishPart('embed', embedEn);

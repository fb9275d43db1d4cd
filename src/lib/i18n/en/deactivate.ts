/** English strings for deactivation; registered when a module that shows them loads. */
import { addEnglishPart } from '../messages.ts';

export const deactivateEn = {
  deactivate: {
    title: 'Deactivate account',
    description: 'Deactivating signs you out and keeps everyone, you included, from signing in to this account again.',
    what: 'What happens',
    point1: 'You are signed out here, and nobody can sign in to this account again.',
    point2: 'Only an administrator of this app can reverse it. You cannot do it yourself.',
    point3: 'Your email address stays reserved: you cannot sign up again with it.',
    point4: 'Other devices that are signed in stop working on their next action.',
    confirmLabel: 'Type "{{phrase}}" to confirm',
    phrase: 'deactivate my account',
    submit: 'Deactivate my account',
    doneTitle: 'Your account is deactivated',
    doneBody: 'You have been signed out. If this was a mistake, contact the app’s administrator.',
  },
} as const;

addEnglishPart('deactivate', deactivateEn);

/** English strings for the second step of signing in (/mfa) and the "confirm it's you" dialog; registered when a module that shows them loads. */
import { addEnglishPart } from '../messages.ts';

export const mfaEn = {
  mfa: {
    title: 'Confirm it’s you',
    intro: 'Your account uses two-step verification. Choose how to confirm it’s you.',
    choose: 'Ways to confirm',
    factors: {
      totp: 'Authenticator app',
      totpHint: 'The 6-digit code from the app you set up',
      email: 'Code by email',
      emailHint: 'We email a 6-digit code to your address',
      phone: 'Code by text message',
      phoneHint: 'We text a 6-digit code to your phone',
      recoveryCode: 'Recovery code',
      recoveryCodeHint: 'One of the codes you saved when you set up two-step verification',
    },
    totpPrompt: 'Open your authenticator app and enter the 6-digit code it shows for this account.',
    totpWrong: 'That code is wrong or has expired. Enter the code the app shows now.',
    emailSent: 'We emailed you a 6-digit code. It works for one hour.',
    phoneSent: 'We texted you a 6-digit code. It works for one hour.',
    recoveryLabel: 'Recovery code',
    recoveryHint: '10 characters, letters a–f and digits, e.g. a3f09c1b7e.',
    recoveryFormat: 'A recovery code has 10 characters: digits and the letters a to f.',
    recoveryWrong: 'That recovery code is wrong or was already used: each code works once. Once you are in, create new codes on the Security page.',
    confirm: 'Confirm',
    confirming: 'Checking…',
    otherMethod: 'Use another method',
    signOut: 'Sign out',
    loading: 'Loading your ways to confirm…',
    sending: 'Sending the code…',
    sameAsFirstStep: 'You signed in this way already, and it counts once. Choose another way to confirm.',
    noFactors: 'This account has no second step you can use here. Sign out and contact the app’s support.',
    stepUpTitle: 'Confirm it’s you',
    stepUpBody: 'This change needs a fresh confirmation with your second step.',
    errors: {
      challengeRequired: 'Confirm it’s you with your second step first.',
      stepUpCancelled: 'Nothing was changed: the confirmation was cancelled.',
      authenticatorExists: 'An authenticator app is already set up. Remove it first to add another.',
      authenticatorMissing: 'There is no authenticator app to confirm or remove. Start again.',
      recoveryCodesExist: 'Recovery codes already exist. Create new ones instead.',
      recoveryCodesMissing: 'There are no recovery codes yet. Create them first.',
      factorUnavailable: 'That way is not available for this account any more. Choose another.',
      moreFactors: 'Confirm it’s you with your second step to continue.',
    },
  },
} as const;

addEnglishPart('mfa', mfaEn);

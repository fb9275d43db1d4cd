/** English strings for the email-link landing pages and password recovery; registered when a module that shows them loads. */
import { addEnglishPart } from '../messages.ts';

export const landingEn = {
  landing: {
    checking: 'Checking your link…',
    missingTitle: 'This link is incomplete',
    missingBody: 'Part of the address is missing. Open the link from the email again, or copy the whole address.',
    expiredTitle: 'This link has expired',
    expiredBody: 'Links work for a limited time. Ask for a new one.',
    invalidTitle: 'This link does not work',
    invalidBody: 'It was already used, replaced by a newer one, or changed on the way. Ask for a new one.',
    offlineTitle: 'You are offline',
    offlineBody: 'Connect to the internet and try again. The link still works until it expires.',
    retry: 'Try again',
    requestNew: 'Ask for a new link',
    goToAccount: 'Go to your account',
    signIn: 'Sign in',
    otherUser: 'You are signed in as {{name}}, but this link is for another account.',
    recovery: {
      title: 'Choose a new password',
      done: 'Password changed',
      doneBody: 'For your safety, every device was signed out. Sign in with the new password.',
    },
    verifyEmail: {
      title: 'Verify your email',
      done: 'Email verified',
      doneBody: 'Thanks: your email address is confirmed.',
      already: 'Your email is already verified',
      alreadyBody: 'This link was used before. Nothing more to do.',
      resend: 'Send a new verification email',
      resent: 'A new verification email is on its way to {{email}}.',
    },
    magic: {
      title: 'Signing you in',
      done: 'You are signed in',
      signOutFirst: 'Sign out to use this link',
    },
    foreign: {
      title: 'Sign in with this link?',
      body: 'This sign-in was not started in this browser. Continue only if you asked for it just now: a link from someone else could sign you into their account.',
      confirm: 'Yes, sign me in',
      cancel: 'No, go to sign-in',
    },
    oauth: {
      title: 'Finishing sign-in',
      failedTitle: 'Sign-in with the provider did not finish',
      failedBody: 'The provider could not complete the sign-in. Try again, or choose another way to sign in.',
      cancelled: 'Sign-in was cancelled or refused.',
      tryAgain: 'Try again',
    },
  },
  forgot: {
    title: 'Reset your password',
    body: 'Enter the email of your account. We will send a link to choose a new password.',
    submit: 'Send reset link',
    sent: 'If an account exists for {{email}}, a reset link is on its way. It works for one hour.',
    useCode: 'Send me a code instead',
    useLink: 'Send me a link instead',
    codeBody: 'We will email a 6-digit code you can enter here: handy when links open on another device.',
    codeSubmit: 'Send code',
    codeSent: 'If an account exists for {{email}}, a code is on its way. It works for 15 minutes.',
    setPassword: 'Set new password',
    backToSignIn: 'Back to sign in',
  },
} as const;

addEnglishPart('landing', landingEn);

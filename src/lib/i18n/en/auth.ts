/** English strings for sign-in and sign-up; registered when a module that shows them loads. */
import { addEnglishPart } from '../messages.ts';

export const authEn = {
  auth: {
    signIn: {
      title: 'Sign in to {{app}}',
      titlePlain: 'Sign in',
      submit: 'Sign in',
      submitting: 'Signing in…',
      noAccount: 'No account yet?',
      createAccount: 'Create one',
      demoTitle: 'Demo account',
      demoFill: 'Use demo account',
    },
    signUp: {
      title: 'Create your {{app}} account',
      titlePlain: 'Create an account',
      submit: 'Create account',
      submitting: 'Creating account…',
      haveAccount: 'Already have an account?',
      signIn: 'Sign in',
      createdNotSignedIn: 'Your account was created, but signing you in failed: {{reason}} Please sign in.',
    },
    forgotPassword: 'Forgot password?',
    moreMethods: 'More ways to sign in',
    or: 'or',
    methods: {
      emailPassword: 'Email and password',
      magicUrl: 'Email me a sign-in link',
      emailCode: 'Email me a code',
      phoneCode: 'Text me a code',
      anonymous: 'Continue as a guest',
    },
    oauth: 'Continue with {{provider}}',
    continueAs: {
      title: 'You are already signed in',
      body: 'Signed in as {{name}}.',
      continue: 'Continue as {{name}}',
      signOut: 'Sign out',
    },
    magic: {
      submit: 'Send sign-in link',
      sent: 'Check your inbox',
      sentBody: 'If {{email}} can sign in, a link is on its way. It works for one hour, once.',
      otherEmail: 'Use a different email',
    },
    guest: {
      body: 'Look around without an account. You can save it later with an email and password.',
      submit: 'Continue as a guest',
      saveTitle: 'Save your guest account',
      saveBody: 'Add an email and password to sign in again later, anywhere. Everything you did as a guest is kept.',
      saved: 'Account saved. Sign in with {{email}} from now on.',
    },
    fields: {
      name: 'Name',
      nameHint: 'Optional. Up to 128 characters.',
      email: 'Email',
      password: 'Password',
      passwordHint: 'At least 8 characters.',
    },
  },
} as const;

addEnglishPart('auth', authEn);

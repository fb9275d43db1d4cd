/** English strings: the source catalogue. Other languages mirror this shape (typed by `Catalog`). */
export const en = {
  app: {
    skipToContent: 'Skip to content',
    loading: 'Loading…',
    navLabel: 'Account settings',
    menu: 'Settings menu',
    closeMenu: 'Close settings menu',
    accountMenu: 'Account menu for {{name}}',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    mockBanner: 'Demo mode: this dashboard runs on a built-in mock of Appwrite. Nothing leaves your browser.',
    mockStateReset: 'The saved demo data could not be read, so it was reset to a fresh demo account.',
  },
  nav: {
    profile: 'Profile',
  },
  common: {
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    close: 'Close',
    copy: 'Copy',
    copied: 'Copied',
    tryAgain: 'Try again',
    dismiss: 'Dismiss',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    notSet: 'Not set',
    verified: 'Verified',
    unverified: 'Not verified',
  },
  auth: {
    signIn: {
      title: 'Sign in to {{app}}',
      submit: 'Sign in',
      submitting: 'Signing in…',
      noAccount: 'No account yet?',
      createAccount: 'Create one',
      demoTitle: 'Demo account',
      demoBody: 'Sign in as the demo user, or create your own account. Everything stays in this browser.',
      demoFill: 'Use demo account',
    },
    signUp: {
      title: 'Create your {{app}} account',
      submit: 'Create account',
      submitting: 'Creating account…',
      haveAccount: 'Already have an account?',
      signIn: 'Sign in',
      createdNotSignedIn: 'Your account was created, but signing you in failed: {{reason}} Please sign in.',
    },
    fields: {
      name: 'Name',
      nameHint: 'Optional. Up to 128 characters.',
      email: 'Email',
      password: 'Password',
      passwordHint: 'At least 8 characters.',
    },
  },
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
    nameLabel: 'Name',
    nameSaved: 'Name saved.',
    anonymous: 'Guest account',
  },
  validation: {
    required: 'Enter a value.',
    emailInvalid: 'Enter an email address like name@example.com.',
    nameTooLong: 'Use at most 128 characters.',
    nameRequired: 'Enter a name.',
    passwordTooShort: 'Use at least 8 characters.',
    passwordTooLong: 'Use at most 256 characters.',
  },
  errors: {
    offline: 'You appear to be offline. Check your connection and try again; your input is kept.',
    rateLimited: 'Too many attempts. Please wait a while before trying again.',
    invalidCredentials: 'The email or password is incorrect.',
    userAlreadyExists: 'An account with this email already exists. Sign in instead?',
    sessionAlreadyExists: 'You are already signed in.',
    unauthorized: 'Your session has ended. Please sign in again.',
    blocked: 'This account has been blocked. Contact the app’s support if you think this is a mistake.',
    methodDisabled: 'This sign-in method is turned off for this app.',
    invalidArgument: 'Some of the details are not valid: {{detail}}',
    notFound: 'The requested item could not be found.',
    server: 'Something went wrong on the server. Please try again in a moment.',
    unknown: 'Something went wrong. Please try again.',
  },
  pages: {
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is nothing at this address.',
    goHome: 'Go to your account',
    errorTitle: 'Something went wrong',
    errorBody: 'This page could not be shown.',
    configErrorTitle: 'This dashboard is not configured correctly',
    configErrorBody: 'The operator needs to fix config.json next to index.html:',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalog = Widen<typeof en>;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Catalog>;

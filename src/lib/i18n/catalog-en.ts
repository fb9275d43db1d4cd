/**
 * English strings: the source catalogue. The sections here are needed on every page; the others are
 * parts in ./en/, each loaded with the pages that show it. Other languages mirror this shape.
 */
import type { activityEn } from './en/activity.ts';
import type { authEn } from './en/auth.ts';
import type { deactivateEn } from './en/deactivate.ts';
import type { deviceEn } from './en/device.ts';
import type { emailEn } from './en/email.ts';
import type { embedEn } from './en/embed.ts';
import type { landingEn } from './en/landing.ts';
import type { mfaEn } from './en/mfa.ts';
import type { mockEn } from './en/mock.ts';
import type { phoneEn } from './en/phone.ts';
import type { prefsEn } from './en/prefs.ts';
import type { profileEn } from './en/profile.ts';
import type { securityEn } from './en/security.ts';
import type { sessionsEn } from './en/sessions.ts';
import type { settingsEn } from './en/settings.ts';
import type { passwordPageEn } from './en/password-page.ts';
import type { verificationEn } from './en/verification.ts';

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
    mockBanner: 'Demo mode',
    mockBannerDetail: 'This dashboard runs on a built-in mock of Appwrite; nothing leaves your browser.',
    mockStateReset: 'The saved demo data could not be read, so it was reset to a fresh demo account.',
    guestBanner: 'You are using a guest account. If you sign out or lose this device, it is gone.',
    guestSave: 'Save account',
    anonymous: 'Guest account',
    /** The header's home link when no app name is configured. */
    home: 'Your account',
    /** The signed-out pages' language picker. */
    language: 'Language',
  },
  nav: {
    profile: 'Profile',
    sessions: 'Sessions',
    activity: 'Security activity',
    email: 'Email',
    phone: 'Phone',
    password: 'Password',
    security: 'Security',
    deactivate: 'Deactivate account',
    preferences: 'Preferences',
  },
  common: {
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    close: 'Close',
    copy: 'Copy',
    copied: 'Copied',
    tryAgain: 'Try again',
    retryIn: 'Try again in {{time}}',
    draftRestored: 'This is what you had typed before you were signed out. It is not saved yet.',
    dismiss: 'Dismiss',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    notSet: 'Not set',
    verified: 'Verified',
    unverified: 'Not verified',
  },
  validation: {
    required: 'Enter a value.',
    emailInvalid: 'Enter an email address like name@example.com.',
    nameTooLong: 'Use at most 128 characters.',
    nameRequired: 'Enter a name.',
    passwordTooShort: 'Use at least 8 characters.',
    passwordTooLong: 'Use at most 256 characters.',
    phoneInvalid: 'Enter the number with its country code, starting with +, e.g. +14155550123.',
  },
  errors: {
    offline: 'You appear to be offline. Check your connection and try again; your input is kept.',
    rateLimited: 'Too many attempts. Please wait a while before trying again.',
    rateLimitedFor: 'Too many attempts. Try again in about {{minutes}} min; what you entered is kept.',
    invalidCredentials: 'The email or password is incorrect.',
    invalidToken: 'That link or code is wrong, expired or already used.',
    alreadyUsed: 'This is already used by another account.',
    passwordRecentlyUsed: 'You used this password recently. Choose a different one.',
    passwordPersonalData: 'The password contains your name, email, phone or account ID. Choose another.',
    smtpDisabled: 'This app cannot send emails right now. Try another way to sign in.',
    phoneDisabled: 'This app cannot send text messages right now. Try another way to sign in.',
    userAlreadyExists: 'An account with this email already exists. Sign in instead?',
    sessionAlreadyExists: 'You are already signed in.',
    unauthorized: 'Your session has ended. Please sign in again.',
    blocked: 'This account is deactivated. Contact the app’s support if you think this is a mistake.',
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
export type Catalog = Widen<typeof en & typeof authEn & typeof landingEn & typeof settingsEn & typeof passwordPageEn & typeof emailEn & typeof phoneEn & typeof deactivateEn & typeof prefsEn & typeof profileEn & typeof sessionsEn & typeof deviceEn & typeof activityEn & typeof verificationEn & typeof mfaEn & typeof securityEn & typeof mockEn & typeof embedEn>;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Catalog>;

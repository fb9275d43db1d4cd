/** English strings for /sessions; registered when a module that shows them loads. */
import { addEnglishPart } from '../messages.ts';

export const sessionsEn = {
  sessions: {
    title: 'Sessions',
    description: 'Everywhere you are signed in. Sign out of anything you do not recognise.',
    thisDevice: 'This device',
    listTitle: 'Signed-in devices',
    details: 'Details',
    more: 'More for {{device}}',
    signedIn: 'Signed in',
    expires: 'Expires',
    method: 'Signed in with',
    factors: 'Verified with',
    location: 'Location',
    ip: 'IP address',
    signOut: 'Sign out',
    extend: 'Extend session',
    reconnect: 'Refresh connection',
    extended: 'Session extended until {{date}}.',
    signOutOne: {
      named: 'Sign out of {{device}}',
      title: 'Sign out of {{device}}?',
      body: 'That device will need to sign in again. Anything open there stops working on its next action.',
      confirm: 'Sign out',
      done: 'Signed out of {{device}}.',
    },
    others: {
      button: 'Sign out other sessions',
      title: 'Sign out of {{count}} other sessions?',
      titleOne: 'Sign out of 1 other session?',
      body: 'Every device except this one will need to sign in again. This device stays signed in.',
      confirm: 'Sign out other sessions',
      progress: 'Signing out {{done}} of {{total}}…',
      done: 'Signed out of {{count}} other sessions.',
      doneOne: 'Signed out of 1 other session.',
      partial: '{{failed}} of {{total}} sessions could not be signed out.',
      retry: 'Try again for those',
    },
    everywhere: {
      button: 'Sign out everywhere',
      title: 'Sign out everywhere, including this device?',
      body: 'Every session ends, this one too: you will go back to the sign-in page, and every other device will have to sign in again.',
      confirm: 'Sign out everywhere',
    },
    empty: 'This is the only device where you are signed in.',
    count: '{{count}} active sessions',
    countOne: '1 active session',
  },
} as const;

addEnglishPart('sessions', sessionsEn);

/**
 * What the embedded mock starts with, known to the app (the demo hint), the tests and the docs alike.
 * The project id is also the app's default when none is configured.
 */
export const DEFAULT_PROJECT_ID = 'account-dashboard';

/** The demo seed's user (README: "Use demo account"). */
export const DEMO_USER = {
  email: 'ada@example.com',
  password: 'analytical-engine-1843',
  name: 'Ada Lovelace',
} as const;

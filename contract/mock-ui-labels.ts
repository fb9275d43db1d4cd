/**
 * The words of the mock's own screens (its inbox, its OAuth2 provider's consent page). The app passes them
 * in from its catalogue: the mock imports nothing from src/, and the app nothing from mocks/, so the shape
 * they agree on lives here.
 */

export interface MockInboxLabels {
  button: string;
  /** The button's accessible name, with the number of messages. */
  count: (count: number) => string;
  /** After the button's word in the drawer's heading: "Inbox (demo)". */
  demo: string;
  clearAll: string;
  close: string;
  list: string;
  empty: string;
  smsTo: (to: string) => string;
  emailTo: (recipient: string) => string;
  openLink: string;
  openInNewTab: string;
  copyCode: (code: string) => string;
  copied: string;
}

export interface MockOAuthConsentLabels {
  unavailableTitle: string;
  /** Followed by the request that turns the provider on. */
  unavailableBody: (status: number) => string;
  pageTitle: (provider: string) => string;
  heading: (app: string, provider: string) => string;
  intro: string;
  email: string;
  name: string;
  allow: string;
  deny: string;
}

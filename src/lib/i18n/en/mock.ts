/**
 * English strings for the embedded mock's inbox and OAuth2 consent page. The mock (mocks/) may not import
 * src/, so the app passes them in (app/layouts/mock-labels.ts). Mock builds only: production builds drop
 * the mock, and with the compile-time flag these strings too.
 */
import { addEnglishPart } from '../messages.ts';

export const mockEn = {
  mock: {
    inbox: {
      button: 'Inbox',
      /** The inbox button's accessible name. */
      count: 'Inbox, {{count}} messages',
      countOne: 'Inbox, 1 message',
      /** After "Inbox" in the drawer's heading. */
      demo: '(demo)',
      clearAll: 'Clear all',
      list: 'Messages, newest first',
      empty: 'No emails or text messages yet. Links and codes the app sends appear here.',
      smsTo: 'SMS to {{to}}',
      /** An email's recipient: a name and address, or an address. */
      emailTo: 'To {{recipient}}',
      openLink: 'Open link',
      openInNewTab: 'Open in new tab',
      copyCode: 'Copy code {{code}}',
    },
    oauth: {
      unavailableTitle: 'This sign-in provider is not available',
      /** Followed by the request that turns the provider on (PATCH /v1/mock/project …). */
      unavailableBody: 'The mock answered {{status}}. Enable the provider with this request:',
      /** The browser tab's title. */
      pageTitle: 'Sign in with {{provider}} (mock)',
      heading: 'Sign in to {{app}} with {{provider}}',
      intro: 'This is the mock OAuth2 provider. Choose the account it reports back.',
      email: 'Email',
      name: 'Name',
      allow: 'Allow',
      deny: 'Deny',
    },
  },
} as const;

if (__MOCK_AVAILABLE__) addEnglishPart('mock', mockEn);

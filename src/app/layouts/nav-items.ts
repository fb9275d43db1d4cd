import type { MessageKey } from '../../lib/i18n/catalog-en.ts';

/** The settings areas, in menu order. Each area adds itself here when its page lands. */
export const NAV_ITEMS: { to: string; label: MessageKey }[] = [
  { to: '/profile', label: 'nav.profile' },
  { to: '/email', label: 'nav.email' },
  { to: '/phone', label: 'nav.phone' },
  { to: '/password', label: 'nav.password' },
  { to: '/preferences', label: 'nav.preferences' },
  { to: '/sessions', label: 'nav.sessions' },
  { to: '/activity', label: 'nav.activity' },
  { to: '/deactivate', label: 'nav.deactivate' },
];

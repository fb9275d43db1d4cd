/** Seeds: `empty` (no users) and `demo` (a user with sessions on several devices and countries). */
import { audit } from './audit.ts';
import type { BackendOptions, Context } from './context.ts';
import { GUEST } from './caller.ts';
import type { BackendRequest } from './http.ts';
import { startSession } from './sessions.ts';
import { emptyState, type MockState } from './state.ts';
import { createUser } from './users.ts';
import { randomHex } from './ids.ts';

export type SeedName = 'empty' | 'demo';

export const DEMO_USER = {
  email: 'ada@example.com',
  password: 'analytical-engine-1843',
  name: 'Ada Lovelace',
} as const;

const DEVICES: { userAgent: string; ip: string; daysAgo: number }[] = [
  {
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    ip: '203.0.113.24',
    daysAgo: 12,
  },
  {
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.110 Safari/537.36 Edg/120.0.2210.77',
    ip: '198.51.100.7',
    daysAgo: 5,
  },
  {
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
    ip: '192.0.2.41',
    daysAgo: 1,
  },
];

function seedContext(state: MockState, now: number, userAgent: string, ip: string): Context {
  const req: BackendRequest = { method: 'POST', path: '/seed', query: new URLSearchParams(), headers: { 'user-agent': userAgent }, bodyText: '', ip, host: 'localhost' };
  const options: BackendOptions = { fallbackCookies: 'always' };
  return { state, req, now, caller: GUEST, options };
}

export function seedState(seed: SeedName, now: number): MockState {
  const state = emptyState(randomHex(64));
  if (seed === 'empty') return state;

  const registered = now - 40 * 86_400_000;
  const user = createUser(state, registered, { userId: 'unique()', ...DEMO_USER });
  user.emailVerification = true;
  user.prefs = { locale: 'en', timezone: 'Europe/London', theme: 'system' };
  audit(seedContext(state, registered, DEVICES[2]?.userAgent ?? '', '192.0.2.41'), 'user.create', user);
  for (const device of DEVICES) {
    startSession(seedContext(state, now - device.daysAgo * 86_400_000, device.userAgent, device.ip), user, {
      provider: 'email',
      providerUid: user.email,
      factors: ['password'],
    });
  }
  return state;
}

/** Seeds: `empty` (no users) and `demo` (a user with sessions on several devices and countries, and a history). */
import { DEMO_USER } from '../../contract/demo.ts';
import { appendLog, audit, logRow, type AuditEvent } from './audit.ts';
import type { BackendOptions, Context } from './context.ts';
import { GUEST } from './caller.ts';
import type { BackendRequest } from './http.ts';
import { randomHex } from './ids.ts';
import { locate } from './location.ts';
import { startSession } from './sessions.ts';
import { emptyState, type MockState, type UserRecord } from './state.ts';
import { parseUserAgent } from './user-agent.ts';
import { createUser } from './users.ts';

export type SeedName = 'empty' | 'demo';

const DAY = 86_400_000;

const DEVICES = [
  {
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    ip: '203.0.113.24',
  },
  {
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.110 Safari/537.36 Edg/120.0.2210.77',
    ip: '198.51.100.7',
  },
  { userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', ip: '192.0.2.41' },
  {
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    ip: '2001:db8:3::5',
  },
  {
    userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
    ip: '2001:db8:1::9',
  },
] as const;

/** Signed-in devices of the demo user: days since sign-in and which device. */
const DEMO_SESSIONS = [
  { device: 0, daysAgo: 12 },
  { device: 1, daysAgo: 5 },
  { device: 2, daysAgo: 1 },
];

/** A weighted mix of what a real account's history looks like. */
const HISTORY_EVENTS: [AuditEvent, number][] = [
  ['session.create', 10],
  ['session.delete', 6],
  ['user.update', 3],
  ['verification.create', 1],
  ['verification.update', 1],
  ['recovery.create', 1],
  ['session.update', 1],
];

const HISTORY_ROWS = 300;

function seedContext(state: MockState, now: number, device: { userAgent: string; ip: string }): Context {
  const req: BackendRequest = { method: 'POST', path: '/seed', query: new URLSearchParams(), headers: { 'user-agent': device.userAgent }, bodyText: '', ip: device.ip, host: 'localhost' };
  const options: BackendOptions = { fallbackCookies: 'always', maxLogsPerUser: 0 };
  return { state, req, now, caller: GUEST, options };
}

/** A small deterministic generator so the demo history is the same on every reset. */
function lcg(seed: number) {
  let value = seed;
  return () => {
    value = (value * 1_664_525 + 1_013_904_223) % 4_294_967_296;
    return value / 4_294_967_296;
  };
}

function seedHistory(state: MockState, user: UserRecord, from: number, to: number): void {
  const random = lcg(1843);
  const weights = HISTORY_EVENTS.reduce((sum, [, w]) => sum + w, 0);
  const times = Array.from({ length: HISTORY_ROWS }, () => from + random() * (to - from)).sort((a, b) => a - b);
  for (const time of times) {
    let pick = random() * weights;
    const event = HISTORY_EVENTS.find(([, w]) => (pick -= w) < 0)?.[0] ?? 'session.create';
    const device = DEVICES[Math.floor(random() * DEVICES.length)] ?? DEVICES[0];
    appendLog(state, logRow(user, event, Math.floor(time), { ...parseUserAgent(device.userAgent), ...locate(device.ip) }), 0);
  }
}

export function seedState(seed: SeedName, now: number): MockState {
  const state = emptyState(randomHex(64));
  if (seed === 'empty') return state;

  const registered = now - 40 * DAY;
  const user = createUser(state, registered, { userId: 'unique()', ...DEMO_USER });
  user.emailVerification = true;
  user.prefs = { locale: 'en', timezone: 'Europe/London', theme: 'system' };
  audit(seedContext(state, registered, DEVICES[2]), 'user.create', user);
  seedHistory(state, user, registered + 60_000, now - 13 * DAY);
  for (const { device, daysAgo } of DEMO_SESSIONS) {
    startSession(seedContext(state, now - daysAgo * DAY, DEVICES[device] ?? DEVICES[0]), user, {
      provider: 'email',
      providerUid: user.email,
      factors: ['password'],
    });
  }
  return state;
}

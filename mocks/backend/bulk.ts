/** Bulk data for benchmarks: many log rows and sessions for one user (not part of any seed). */
import { appendLog, logRow } from './audit.ts';
import { GUEST } from './caller.ts';
import type { Context } from './context.ts';
import { locate } from './location.ts';
import { startSession } from './sessions.ts';
import type { MockState, UserRecord } from './state.ts';
import { parseUserAgent } from './user-agent.ts';

const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.110 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
];
const IPS = ['192.0.2.41', '198.51.100.7', '203.0.113.24', '2001:db8:3::5'];
const EVENTS = ['session.create', 'session.delete', 'user.update', 'verification.create'];

/** Prepends `rows` older log rows (one a minute back in time) to the user's log. */
export function addLogRows(state: MockState, user: UserRecord, rows: number, now: number): void {
  const existing = state.logs[user.$id] ?? [];
  state.logs[user.$id] = [];
  const devices = AGENTS.map((ua) => parseUserAgent(ua));
  for (let i = rows; i > 0; i--) {
    const device = devices[i % devices.length] ?? devices[0];
    if (!device) continue;
    const event = EVENTS[i % EVENTS.length] ?? 'session.create';
    appendLog(state, logRow(user, event, now - 86_400_000 - i * 60_000, { ...device, ...locate(IPS[i % IPS.length] ?? '') }), 0);
  }
  (state.logs[user.$id] ?? []).push(...existing);
}

export function addSessions(state: MockState, user: UserRecord, count: number, now: number): void {
  for (let i = 0; i < count; i++) {
    const ctx: Context = {
      state,
      req: { method: 'POST', path: '/bulk', query: new URLSearchParams(), headers: { 'user-agent': AGENTS[i % AGENTS.length] ?? '' }, bodyText: '', ip: IPS[i % IPS.length] ?? '', host: 'localhost' },
      now: now - i * 3_600_000,
      caller: GUEST,
      options: { fallbackCookies: 'always', maxLogsPerUser: 0 },
    };
    startSession(ctx, user, { provider: 'email', providerUid: user.email, factors: ['password'] });
  }
}

/** Security log rows (contract §2.6): written for the target user with the request's device and place. */
import type { Context } from './context.ts';
import { locate } from './location.ts';
import type { ClientInfo, Location, LogRecord, MockState, UserRecord } from './state.ts';
import { parseUserAgent } from './user-agent.ts';

export type AuditEvent =
  | 'user.create'
  | 'user.update'
  | 'user.delete'
  | 'session.create'
  | 'session.update'
  | 'session.delete'
  | 'recovery.create'
  | 'recovery.update'
  | 'verification.create'
  | 'verification.update'
  | 'challenge.create'
  | 'challenges.update'
  | 'target.delete';

export function appendLog(state: MockState, row: LogRecord, maxPerUser: number): void {
  const rows = (state.logs[row.userId] ??= []);
  rows.push(row);
  if (maxPerUser > 0 && rows.length > maxPerUser) rows.splice(0, rows.length - maxPerUser);
}

/** A log row as Appwrite's audits worker writes it: whose, what, when, and the device and place it came from. */
export function logRow(user: UserRecord, event: string, time: number, from: ClientInfo & Location): LogRecord {
  return { event, userId: user.$id, userEmail: user.email, userName: user.name, mode: 'default', userType: 'user', time, ...from };
}

/** Logs `event` for `user` with the device (user agent) and place (IP) of the request. */
export function audit(ctx: Context, event: AuditEvent, user: UserRecord): void {
  const from = { ...parseUserAgent(ctx.req.headers['user-agent']), ...locate(ctx.req.ip) };
  appendLog(ctx.state, logRow(user, event, ctx.now, from), ctx.options.maxLogsPerUser);
}

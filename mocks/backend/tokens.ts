/** One-time secrets (contract §2.3): links, codes and OAuth2 grants. Only their hashes are stored. */
import { OTP_LENGTH } from '../../contract/limits.ts';
import { formatDate } from './clock.ts';
import type { Context } from './context.ts';
import { AppwriteError } from './errors.ts';
import { hash, randomDigits, randomHex, uniqueId } from './ids.ts';
import type { TokenKind, TokenRecord, UserRecord } from './state.ts';

const MINUTE = 60_000;

/** Secret shape and lifetime per kind, from Appwrite's code (not its docs). */
const KINDS: Record<TokenKind, { secret: () => string; lifetimeMs: number }> = {
  'magic-url': { secret: () => randomHex(64), lifetimeMs: 60 * MINUTE },
  'email-otp': { secret: () => randomDigits(OTP_LENGTH), lifetimeMs: 15 * MINUTE },
  'phone-otp': { secret: () => randomDigits(OTP_LENGTH), lifetimeMs: 15 * MINUTE },
  oauth2: { secret: () => randomHex(64), lifetimeMs: MINUTE },
  recovery: { secret: () => randomHex(256), lifetimeMs: 60 * MINUTE },
  'recovery-otp': { secret: () => randomDigits(OTP_LENGTH), lifetimeMs: 15 * MINUTE },
  verification: { secret: () => randomHex(256), lifetimeMs: 60 * MINUTE },
  'verification-otp': { secret: () => randomDigits(OTP_LENGTH), lifetimeMs: 15 * MINUTE },
  'phone-verification': { secret: () => randomDigits(OTP_LENGTH), lifetimeMs: 60 * MINUTE },
};

const PHRASE_ADJECTIVES = ['Golden', 'Silver', 'Quiet', 'Brave', 'Swift', 'Gentle', 'Clever', 'Bright', 'Lucky', 'Calm'];
const PHRASE_NOUNS = ['Fox', 'Owl', 'River', 'Falcon', 'Maple', 'Harbor', 'Comet', 'Meadow', 'Lantern', 'Otter'];

function pick(words: string[]): string {
  // Stryker disable next-line StringLiteral: only for the type; the index is always in range
  return words[Math.floor(Math.random() * words.length)] ?? '';
}

function securityPhrase(): string {
  return `${pick(PHRASE_ADJECTIVES)} ${pick(PHRASE_NOUNS)}`;
}

export function issueToken(
  ctx: Context,
  user: UserRecord,
  kind: TokenKind,
  options: { phrase?: boolean; provider?: string } = {},
): { token: TokenRecord; secret: string } {
  const spec = KINDS[kind];
  const secret = spec.secret();
  const token: TokenRecord = {
    $id: uniqueId(ctx.now),
    createdAt: ctx.now,
    userId: user.$id,
    kind,
    secretHash: hash(secret),
    expire: ctx.now + spec.lifetimeMs,
    phrase: options.phrase ? securityPhrase() : '',
    provider: options.provider,
  };
  ctx.state.tokens.push(token);
  return { token, secret };
}

/**
 * Finds and deletes the live token of `userId` matching `secret` among `kinds`; anything else
 * (unknown, expired, used, another kind) is 401 user_invalid_token.
 */
export function consumeToken(ctx: Context, userId: string, secret: string, kinds: TokenKind[]): TokenRecord {
  const secretHash = hash(secret);
  const token = ctx.state.tokens.find(
    (t) => t.userId === userId && t.secretHash === secretHash && kinds.includes(t.kind) && t.expire >= ctx.now,
  );
  if (!token) throw new AppwriteError('user_invalid_token');
  ctx.state.tokens = ctx.state.tokens.filter((t) => t !== token);
  return token;
}

/** The Token model (contract §3.5); `secret` is never rendered to clients. */
export function tokenModel(token: TokenRecord) {
  return {
    $id: token.$id,
    $createdAt: formatDate(token.createdAt),
    userId: token.userId,
    secret: '',
    expire: formatDate(token.expire),
    phrase: token.phrase,
  };
}

/** `url?userId=…&secret=…&expire=…` (+ extra params), as the emails carry it. */
export function tokenLink(url: string, token: TokenRecord, secret: string, extra: Record<string, string> = {}): string {
  const link = new URL(url);
  link.searchParams.set('userId', token.userId);
  link.searchParams.set('secret', secret);
  link.searchParams.set('expire', formatDate(token.expire));
  for (const [key, value] of Object.entries(extra)) link.searchParams.set(key, value);
  return link.toString();
}

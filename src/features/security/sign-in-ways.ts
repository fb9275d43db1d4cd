/**
 * Whether a linked account (OAuth2 identity) can be unlinked without locking the user out: something
 * else must still sign them in. Each way counts only if this app offers it (runtime config).
 */
import type { Account } from '../../api/account/account-cache.ts';
import type { Identity } from '../../api/identities.ts';
import type { SignInMethod } from '../../config/runtime-config.ts';

/** What to add before unlinking the last way in; `link` when the app offers nothing else. */
export type UnlinkFix = 'password' | 'email' | 'phone' | 'link';

interface Ways {
  account: Pick<Account, 'email' | 'emailVerification' | 'phone' | 'phoneVerification' | 'passwordUpdate'>;
  identities: Pick<Identity, '$id'>[];
  methods: readonly SignInMethod[];
}

/** null when `identity` can go; else the fix to suggest first. */
export function unlinkBlocker(identity: Pick<Identity, '$id'>, { account, identities, methods }: Ways): UnlinkFix | null {
  const hasPassword = account.passwordUpdate !== '' && Boolean(account.email) && methods.includes('emailPassword');
  const byEmail = Boolean(account.email && account.emailVerification) && (methods.includes('magicUrl') || methods.includes('emailCode'));
  const byPhone = Boolean(account.phone && account.phoneVerification) && methods.includes('phoneCode');
  const otherIdentity = identities.some((other) => other.$id !== identity.$id);
  if (hasPassword || byEmail || byPhone || otherIdentity) return null;
  if (methods.includes('emailPassword')) return 'password';
  if (methods.includes('magicUrl') || methods.includes('emailCode')) return 'email';
  if (methods.includes('phoneCode')) return 'phone';
  return 'link';
}

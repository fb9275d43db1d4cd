import type { MessageKey } from '../../lib/i18n/catalog-en.ts';
import type { Translate } from '../../lib/i18n/i18n.ts';
import '../../lib/i18n/en/activity.ts';

/** Appwrite's audit event names (contract §2.6) → human words; unknown names are shown as they are. */
const EVENT_KEYS: Record<string, MessageKey> = {
  'user.create': 'activity.events.user_create',
  'user.update': 'activity.events.user_update',
  'user.delete': 'activity.events.user_delete',
  'session.create': 'activity.events.session_create',
  'session.update': 'activity.events.session_update',
  'session.delete': 'activity.events.session_delete',
  'recovery.create': 'activity.events.recovery_create',
  'recovery.update': 'activity.events.recovery_update',
  'verification.create': 'activity.events.verification_create',
  'verification.update': 'activity.events.verification_update',
  'challenge.create': 'activity.events.challenge_create',
  'challenges.update': 'activity.events.challenges_update',
  'target.delete': 'activity.events.target_delete',
};

export function eventLabel(event: string, t: Translate): string {
  const key = EVENT_KEYS[event];
  return key ? t(key) : event;
}

/**
 * What the host reads from the settings iframe (as any host would write it: it checks the shape of
 * every message it acts on; the origin and source are checked by the caller).
 */
export type FromFrame =
  | { type: 'account-settings:ready' }
  | { type: 'account-settings:resize'; height: number }
  | { type: 'account-settings:jwt-request' }
  | { type: 'account-settings:account-change'; name: string }
  | { type: 'account-settings:navigate'; section: string }
  | { type: 'account-settings:signed-out' };

export function readFrameMessage(data: unknown): FromFrame | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'account-settings:resize':
      return typeof message.height === 'number' && Number.isFinite(message.height) && message.height >= 0 ? { type: message.type, height: Math.min(message.height, 20_000) } : null;
    case 'account-settings:ready':
    case 'account-settings:jwt-request':
    case 'account-settings:signed-out':
      return { type: message.type };
    case 'account-settings:account-change': {
      const user = message.user as { name?: unknown } | undefined;
      return typeof user?.name === 'string' ? { type: message.type, name: user.name } : null;
    }
    case 'account-settings:navigate':
      return typeof message.section === 'string' ? { type: message.type, section: message.section } : null;
    default:
      return null;
  }
}

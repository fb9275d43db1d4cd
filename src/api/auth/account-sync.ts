/**
 * Tabs of the app follow each other: they share the session (one cookie), so when one signs out or in
 * as someone else, the others drop what they show at once and read the account again. BroadcastChannel
 * where there is one, else the `storage` event of a localStorage key.
 */
import type { QueryClient } from '@tanstack/react-query';
import { type Account, accountKeys, forgetUserData, onOwnerChange, setAccount } from '../account/account-cache.ts';

interface OwnerMessage {
  owner: string | null;
}

/** The transport: what a tab says, and hearing what the others say. */
export interface TabChannel {
  post(message: OwnerMessage): void;
  listen(onMessage: (message: OwnerMessage) => void): () => void;
}

function isOwnerMessage(value: unknown): value is OwnerMessage {
  if (typeof value !== 'object' || value === null || !('owner' in value)) return false;
  const { owner } = value;
  return owner === null || typeof owner === 'string';
}

export function browserTabChannel(name: string): TabChannel {
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(name);
    return {
      post: (message) => channel.postMessage(message),
      listen: (onMessage) => {
        const handler = (event: MessageEvent) => isOwnerMessage(event.data) && onMessage(event.data);
        channel.addEventListener('message', handler);
        return () => {
          channel.removeEventListener('message', handler);
          channel.close();
        };
      },
    };
  }
  return {
    // A new value each time (the time), so the same owner twice still fires the other tabs' event.
    post: (message) => localStorage.setItem(name, JSON.stringify({ ...message, at: Date.now() })),
    listen: (onMessage) => {
      const handler = (event: StorageEvent) => {
        if (event.key !== name || !event.newValue) return;
        try {
          const message: unknown = JSON.parse(event.newValue);
          if (isOwnerMessage(message)) onMessage(message);
        } catch {
          // not ours
        }
      };
      addEventListener('storage', handler);
      return () => removeEventListener('storage', handler);
    },
  };
}

/** Tells the other tabs when this one's account changes hands, and follows theirs. Returns a stop function. */
export function syncAccountAcrossTabs(queryClient: QueryClient, channel: TabChannel): () => void {
  const stopWatching = onOwnerChange(queryClient, (owner) => channel.post({ owner }));
  const stopListening = channel.listen(({ owner }) => {
    const current = queryClient.getQueryData<Account | null>(accountKeys.account());
    if (current === undefined || (current?.$id ?? null) === owner) return;
    if (owner === null) {
      // Signed out elsewhere (by choice or because the session ended: this tab cannot tell), so this
      // tab's drafts stay; they are the same user's.
      forgetUserData(queryClient);
      setAccount(queryClient, null);
      return;
    }
    // Someone else signed in elsewhere: nothing of the previous user stays on screen while we ask who.
    forgetUserData(queryClient);
    void queryClient.resetQueries({ queryKey: accountKeys.account(), exact: true });
  });
  return () => {
    stopWatching();
    stopListening();
  };
}

import { describe, expect, it } from 'vitest';
import { accountKeys, setAccount, type Account } from '../account/account-cache.ts';
import { createQueryClient } from '../query-client.ts';
import { syncAccountAcrossTabs, type TabChannel } from './account-sync.ts';

const someone = (id: string) => ({ $id: id, name: id }) as unknown as Account;
const sessionsKey = [...accountKeys.account(), 'sessions'];

/** Tabs on one in-memory bus: a message reaches every tab but its sender, like BroadcastChannel. */
function bus() {
  const tabs = new Set<(message: { owner: string | null }) => void>();
  return (): TabChannel => {
    let mine: ((message: { owner: string | null }) => void) | null = null;
    return {
      post: (message) => tabs.forEach((deliver) => deliver !== mine && deliver(message)),
      listen: (onMessage) => {
        mine = onMessage;
        tabs.add(onMessage);
        return () => tabs.delete(onMessage);
      },
    };
  };
}

function twoTabs() {
  const channel = bus();
  const [first, second] = [createQueryClient(), createQueryClient()];
  syncAccountAcrossTabs(first, channel());
  syncAccountAcrossTabs(second, channel());
  for (const tab of [first, second]) {
    setAccount(tab, someone('ada'));
    tab.setQueryData(sessionsKey, ['ada’s sessions']);
  }
  return { first, second };
}

describe('tabs follow each other', () => {
  it('a sign-out in one tab signs the other out and drops what it shows', () => {
    const { first, second } = twoTabs();
    setAccount(first, null);
    expect(second.getQueryData(accountKeys.account())).toBeNull();
    expect(second.getQueryData(sessionsKey)).toBeUndefined();
  });

  it('another user signing in in one tab clears the other and makes it ask who is signed in', () => {
    const { first, second } = twoTabs();
    setAccount(first, someone('eve'));
    expect(second.getQueryData(sessionsKey)).toBeUndefined();
    expect(second.getQueryState(accountKeys.account())?.data).toBeUndefined();
  });

  it('a refreshed copy of the same account changes nothing elsewhere', () => {
    const { first, second } = twoTabs();
    setAccount(first, { ...someone('ada'), name: 'Ada L.' });
    expect(second.getQueryData(sessionsKey)).toEqual(['ada’s sessions']);
    expect(second.getQueryData(accountKeys.account())).toMatchObject({ $id: 'ada', name: 'ada' });
  });
});

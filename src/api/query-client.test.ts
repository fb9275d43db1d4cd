import { describe, expect, it } from 'vitest';
import { startCooldown } from '../lib/start-cooldown.ts';
import { accountKeys, setAccount, type Account } from './account/account-cache.ts';
import { AccountError } from './client/errors.ts';
import { createQueryClient } from './query-client.ts';

const someone = (id: string) => ({ $id: id, name: id }) as unknown as Account;
const sessionsKey = [...accountKeys.account(), 'sessions'];

/** A finished write holding what was typed, as a form's mutation leaves it. */
async function typedPassword(queryClient: ReturnType<typeof createQueryClient>) {
  const mutation = queryClient.getMutationCache().build(queryClient, { mutationFn: (input: { password: string }) => Promise.resolve(input), gcTime: 60_000 });
  await mutation.execute({ password: 'hunter2-secret' });
}

describe('the query cache belongs to the signed-in account', () => {
  it('drops every other query and every past write when another user signs in', async () => {
    const queryClient = createQueryClient();
    setAccount(queryClient, someone('ada'));
    queryClient.setQueryData(sessionsKey, ['ada’s sessions']);
    await typedPassword(queryClient);

    setAccount(queryClient, someone('eve'));
    expect(queryClient.getQueryData(sessionsKey)).toBeUndefined();
    expect(queryClient.getMutationCache().getAll()).toEqual([]);
    expect(queryClient.getQueryData(accountKeys.account())).toMatchObject({ $id: 'eve' });
  });

  it('keeps them while the same user’s account is refreshed', async () => {
    const queryClient = createQueryClient();
    setAccount(queryClient, someone('ada'));
    queryClient.setQueryData(sessionsKey, ['ada’s sessions']);
    await typedPassword(queryClient);
    setAccount(queryClient, { ...someone('ada'), name: 'Ada L.' });
    expect(queryClient.getQueryData(sessionsKey)).toEqual(['ada’s sessions']);
    expect(queryClient.getMutationCache().getAll()).toHaveLength(1);
  });

  it('forgets everything when any call finds the session gone (401)', async () => {
    const queryClient = createQueryClient();
    setAccount(queryClient, someone('ada'));
    queryClient.setQueryData([...accountKeys.account(), 'logs'], ['ada’s log']);
    await typedPassword(queryClient);
    const gone = new AccountError({ status: 401, type: 'general_unauthorized_scope', messageKey: 'errors.unauthorized', serverMessage: 'gone' });
    await queryClient.query({ queryKey: sessionsKey, queryFn: () => Promise.reject(gone), retry: false }).catch(() => undefined);
    expect(queryClient.getQueryData(accountKeys.account())).toBeNull();
    expect(queryClient.getQueryData([...accountKeys.account(), 'logs'])).toBeUndefined();
    expect(queryClient.getMutationCache().getAll()).toEqual([]);
  });

  it('forgets the resend cooldowns (kept per address) when the user signs out', () => {
    const queryClient = createQueryClient();
    setAccount(queryClient, someone('ada'));
    startCooldown('magic-link:ada@example.com');
    setAccount(queryClient, null);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('account-dashboard:cooldown:'))).toEqual([]);
  });
});

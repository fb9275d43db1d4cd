import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { enableTwoFactorForDemo, lastMessage, rawCall, signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi } from '../../test/mock-api.ts';
import { renderApp } from '../../test/render.tsx';

async function signInWithPassword(path: string) {
  const user = userEvent.setup();
  const app = renderApp(path);
  await user.type(await screen.findByLabelText('Email'), DEMO_USER.email);
  await user.type(screen.getByLabelText('Password'), DEMO_USER.password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Confirm it’s you' })).toBeInTheDocument();
  return { user, ...app };
}

const demoSessions = () => mockApi.backend.state.sessions.filter((s) => s.userId === mockApi.backend.state.users[0]?.$id);

describe('the second step of signing in (/mfa)', () => {
  it('follows a password sign-in to an account with two-factor, and the authenticator code goes on to next', async () => {
    const { totpNow } = enableTwoFactorForDemo();
    const { user, router } = await signInWithPassword('/sign-in?next=%2Fsessions');
    expect(router.state.location.pathname).toBe('/mfa');
    expect(router.state.location.search).toBe('?next=%2Fsessions');
    // The authenticator app is offered first; a wrong code says so and keeps the field.
    await user.type(await screen.findByLabelText('6-digit code'), '000000');
    expect(await screen.findByText('That code is wrong or has expired. Enter the code the app shows now.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('6-digit code'));
    await user.type(screen.getByLabelText('6-digit code'), totpNow());
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sessions');
    expect(demoSessions().some((s) => s.factors.includes('totp') && s.factors.includes('password'))).toBe(true);
    // The wrong code left its challenge open, and the right one used it (Appwrite allows 10 an hour).
    const userId = mockApi.backend.state.users[0]?.$id ?? '';
    expect(mockApi.backend.state.logs[userId]?.filter((row) => row.event === 'challenge.create')).toHaveLength(1);
  });

  it('takes a recovery code once; the used code is refused and the page says how to get new ones', async () => {
    const { recoveryCodes } = enableTwoFactorForDemo();
    const [code = ''] = recoveryCodes;
    const first = await signInWithPassword('/sign-in');
    await first.user.click(await screen.findByRole('button', { name: 'Use another method' }));
    await first.user.click(screen.getByRole('button', { name: 'Recovery code' }));
    await first.user.type(screen.getByLabelText('Recovery code'), 'not a code');
    await first.user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(screen.getByText('A recovery code has 10 characters: digits and the letters a to f.')).toBeInTheDocument();
    await first.user.clear(screen.getByLabelText('Recovery code'));
    await first.user.type(screen.getByLabelText('Recovery code'), code.toUpperCase());
    await first.user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
    expect(mockApi.backend.state.users[0]?.recoveryCodes).not.toContain(code);
    first.unmount();

    localStorage.removeItem('cookieFallback');
    const second = await signInWithPassword('/sign-in');
    await second.user.click(await screen.findByRole('button', { name: 'Use another method' }));
    await second.user.click(screen.getByRole('button', { name: 'Recovery code' }));
    await second.user.type(screen.getByLabelText('Recovery code'), code);
    await second.user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText(/That recovery code is wrong or was already used: each code works once\. Once you are in, create new codes on the Security page\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Recovery code')).toHaveValue(code);
  });

  it('sends a code by email when chosen, from the outbox to signed in', async () => {
    enableTwoFactorForDemo();
    const { user } = await signInWithPassword('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Use another method' }));
    await user.click(screen.getByRole('button', { name: 'Code by email' }));
    expect(await screen.findByText('We emailed you a 6-digit code. It works for one hour.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('6-digit code'), lastMessage().code ?? '');
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
  });

  it('does not offer the way the sign-in already used: after an email code, email is not a second step', async () => {
    enableTwoFactorForDemo();
    const user = userEvent.setup();
    renderApp('/sign-in?method=emailCode');
    await user.type(await screen.findByLabelText('Email', { exact: true }), DEMO_USER.email);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await user.type(await screen.findByLabelText('6-digit code'), lastMessage().code ?? '');
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm it’s you' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Use another method' }));
    expect(screen.getByRole('button', { name: 'Recovery code' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Code by email' })).not.toBeInTheDocument();
  });

  it('says so when the chosen way was the sign-in’s own (a reload lost the hint), and offers the others', async () => {
    enableTwoFactorForDemo();
    const token = await (await rawCall('POST', '/account/tokens/email', { userId: 'unique()', email: DEMO_USER.email })).json() as { userId: string };
    const session = await rawCall('POST', '/account/sessions/token', { userId: token.userId, secret: lastMessage().code });
    localStorage.setItem('cookieFallback', session.headers.get('X-Fallback-Cookies') ?? '');
    const user = userEvent.setup();
    renderApp('/mfa');
    await user.click(await screen.findByRole('button', { name: 'Use another method' }));
    await user.click(screen.getByRole('button', { name: 'Code by email' }));
    expect(await screen.findByText('We emailed you a 6-digit code. It works for one hour.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('6-digit code'), lastMessage().code ?? '');
    expect(await screen.findByText('You signed in this way already, and it counts once. Choose another way to confirm.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Code by email' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Authenticator app' }));
    expect(screen.getByLabelText('6-digit code')).toHaveFocus();
  });

  it('sends a session waiting for its second step from any page to /mfa, and "Sign out" ends it', async () => {
    enableTwoFactorForDemo();
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    const { router } = renderApp('/preferences');
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm it’s you' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fpreferences');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(demoSessions()).toHaveLength(3); // the seeded ones on other devices; this one is gone
  });

  it('a sign-in page visited while the second step is pending goes on to /mfa instead of refusing a new sign-in', async () => {
    enableTwoFactorForDemo();
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    const { router } = renderApp('/sign-in?next=%2Factivity');
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm it’s you' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Factivity');
  });
});

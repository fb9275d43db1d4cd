import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { startFlow } from '../../lib/flow-nonce.ts';
import { createAccount, lastLinkQuery, rawCall, signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi, TEST_ENDPOINT, TEST_PROJECT } from '../../test/mock-api.ts';
import { renderApp } from '../../test/render.tsx';

async function recoveryLink() {
  await rawCall('POST', '/account/recovery', { email: DEMO_USER.email, url: 'http://localhost:3000/recovery' });
  return lastLinkQuery();
}

async function choosePassword(password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('New password'), password);
  await user.type(screen.getByLabelText('Repeat new password'), password);
  await user.click(screen.getByRole('button', { name: 'Set new password' }));
}

describe('/recovery', () => {
  it('sets a new password; every session is signed out; the secret leaves the address bar', async () => {
    const query = await recoveryLink();
    window.history.replaceState(null, '', `/recovery${query}`);
    renderApp(`/recovery${query}`);
    await choosePassword('a-brand-new-secret');
    expect(await screen.findByRole('heading', { level: 1, name: 'Password changed' })).toBeInTheDocument();
    expect(mockApi.backend.state.sessions).toEqual([]);
    expect(window.location.search).not.toContain('secret=');
    expect((await rawCall('POST', '/account/sessions/email', { email: DEMO_USER.email, password: 'a-brand-new-secret' })).status).toBe(201);
  });

  it('checks the rules and the repeat on the client', async () => {
    renderApp(`/recovery${await recoveryLink()}`);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('New password'), 'short');
    await user.type(screen.getByLabelText('Repeat new password'), 'shorter');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(await screen.findByText('Use at least 8 characters.')).toBeInTheDocument();
    expect(screen.getByText('The two passwords are different.')).toBeInTheDocument();
  });

  it('says missing, expired (before any request) and invalid/used, each with a way to a new link', async () => {
    const first = renderApp('/recovery?userId=abc');
    expect(await screen.findByRole('heading', { name: 'This link is incomplete' })).toBeInTheDocument();
    first.unmount();
    const expired = renderApp('/recovery?userId=abc&secret=def&expire=2020-01-01T00:00:00.000%2B00:00');
    expect(await screen.findByRole('heading', { name: 'This link has expired' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
    expired.unmount();
    renderApp(`/recovery?userId=${mockApi.backend.state.users[0]?.$id ?? ''}&secret=${'0'.repeat(256)}`);
    await choosePassword('a-brand-new-secret');
    expect(await screen.findByRole('heading', { name: 'This link does not work' })).toBeInTheDocument();
  });

  it('keeps the input when offline', async () => {
    const query = await recoveryLink();
    mockApi.server.use(http.put(`${TEST_ENDPOINT}/account/recovery`, () => HttpResponse.error()));
    renderApp(`/recovery${query}`);
    await choosePassword('a-brand-new-secret');
    expect(await screen.findByRole('alert')).toHaveTextContent('You appear to be offline');
    expect(screen.getByLabelText('New password')).toHaveValue('a-brand-new-secret');
  });
});

describe('/verify-email', () => {
  async function verificationLink() {
    await createAccount('new@example.com', 'a-strong-password');
    await signInAsDemo('new@example.com', 'a-strong-password');
    await fetch(`${TEST_ENDPOINT}/account/verifications/email`, {
      method: 'POST',
      headers: { 'x-appwrite-project': TEST_PROJECT, 'content-type': 'application/json', 'x-fallback-cookies': localStorage.getItem('cookieFallback') ?? '' },
      body: JSON.stringify({ url: 'http://localhost:3000/verify-email' }),
    });
    return lastLinkQuery();
  }

  it('verifies on arrival, then a reused link says it is already verified', async () => {
    const query = await verificationLink();
    const first = renderApp(`/verify-email${query}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Email verified' })).toBeInTheDocument();
    expect(mockApi.backend.state.users.find((u) => u.email === 'new@example.com')?.emailVerification).toBe(true);
    first.unmount();
    renderApp(`/verify-email${query}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your email is already verified' })).toBeInTheDocument();
  });

  it('expired: a signed-in user can send a new one right there', async () => {
    const query = await verificationLink();
    // An hour and a second later, on this device and on the server.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 3_601_000);
    onTestFinished(() => {
      vi.useRealTimers();
    });
    renderApp(`/verify-email${query}`);
    expect(await screen.findByRole('heading', { name: 'This link has expired' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send a new verification email' }));
    expect(await screen.findByText('A new verification email is on its way to new@example.com.')).toBeInTheDocument();
  });

  it('invalid for a signed-out visitor: offers to sign in', async () => {
    renderApp(`/verify-email?userId=someone&secret=${'1'.repeat(256)}`);
    expect(await screen.findByRole('heading', { name: 'This link does not work' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });
});

describe('/magic-url', () => {
  /** A magic link as Appwrite sends it; `own`: requested in this browser (its flow nonce is known here). */
  async function magicLink(next = '', { own = true } = {}) {
    const params = new URLSearchParams(next);
    if (own) params.set('flow', startFlow());
    const query = params.size ? `?${params.toString()}` : '';
    await rawCall('POST', '/account/tokens/magic-url', { userId: 'unique()', email: DEMO_USER.email, url: `http://localhost:3000/magic-url${query}` });
    return lastLinkQuery();
  }

  it('signs in and continues to a safe next', async () => {
    const { router } = renderApp(`/magic-url${await magicLink('?next=%2Fsessions')}`);
    await waitFor(() => expect(router.state.location.pathname).toBe('/sessions'));
  });

  it('ignores a hostile next', async () => {
    const { router } = renderApp(`/magic-url${await magicLink('?next=%2F%2Fevil.example')}`);
    await waitFor(() => expect(router.state.location.pathname).toBe('/profile'));
  });

  it('a link this browser did not ask for signs in only after a yes (login CSRF), and leaves the address bar at once', async () => {
    const query = await magicLink('?next=%2Fsessions', { own: false });
    window.history.replaceState(null, '', `/magic-url${query}`);
    const { router } = renderApp(`/magic-url${query}`);
    expect(await screen.findByRole('heading', { name: 'Sign in with this link?' })).toBeInTheDocument();
    for (const key of ['userId', 'secret', 'expire', 'flow']) expect(new URLSearchParams(window.location.search).has(key), key).toBe(false);
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/sessions');
    expect(mockApi.backend.state.sessions.some((s) => s.provider === 'magic-url')).toBe(false);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Yes, sign me in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sessions'));
  });

  it('a foreign nonce does not count as this browser’s', async () => {
    const query = await magicLink('?flow=0123456789abcdef0123456789abcdef', { own: false });
    renderApp(`/magic-url${query}`);
    expect(await screen.findByRole('heading', { name: 'Sign in with this link?' })).toBeInTheDocument();
  });

  it('used link: says it does not work and links to a new one', async () => {
    const query = await magicLink();
    await rawCall('POST', '/account/sessions/token', Object.fromEntries(new URLSearchParams(query)));
    renderApp(`/magic-url${query}`);
    expect(await screen.findByRole('heading', { name: 'This link does not work' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/sign-in?method=magicUrl');
  });

  it('signed in as someone else: sign out first', async () => {
    const query = await magicLink();
    await createAccount('other@example.com', 'a-strong-password', 'Other Person');
    await signInAsDemo('other@example.com', 'a-strong-password');
    renderApp(`/magic-url${query}`);
    expect(await screen.findByText('You are signed in as Other Person, but this link is for another account.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out to use this link' }));
    await waitFor(() => expect(mockApi.backend.state.sessions.some((s) => s.provider === 'magic-url')).toBe(true));
  });
});

describe('/oauth/success', () => {
  it('a provider return this browser did not start asks first', async () => {
    renderApp('/oauth/success?userId=someone&secret=abc');
    expect(await screen.findByRole('heading', { name: 'Sign in with this link?' })).toBeInTheDocument();
  });
});

describe('/oauth/failure', () => {
  it('says it in our own words, never the text the address carries', async () => {
    const hostile = 'Call +1 555 0100 to restore your account';
    renderApp(`/oauth/failure?error=${encodeURIComponent(JSON.stringify({ message: hostile, type: 'user_oauth2_provider_error', code: 424 }))}`);
    expect(await screen.findByText('The provider could not complete the sign-in. Try again, or choose another way to sign in.')).toBeInTheDocument();
    expect(screen.queryByText(hostile, { exact: false })).not.toBeInTheDocument();
  });

  it('a cancelled sign-in is said plainly', async () => {
    renderApp('/oauth/failure');
    expect(await screen.findByText('Sign-in was cancelled or refused.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { lastMessage } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi } from '../../test/mock-api.ts';
import { renderApp } from '../../test/render.tsx';


describe('sign-in methods', () => {
  it('offers the providers first, then the form, the other methods under "More ways to sign in", and keeps the choice in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/sign-in');
    const provider = await screen.findByRole('button', { name: 'Continue with GitHub' });
    const email = screen.getByLabelText('Email');
    expect(provider.compareDocumentPosition(screen.getByRole('separator', { name: 'or' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('separator', { name: 'or' }).compareDocumentPosition(email) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(screen.getByText('More ways to sign in'));
    await user.click(screen.getByRole('button', { name: 'Email me a code' }));
    await waitFor(() => expect(router.state.location.search).toBe('?method=emailCode'));
    // The chosen method's form takes the focus; the list closes and now offers the password.
    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveFocus());
    expect(screen.getByText('More ways to sign in').closest('details')).not.toHaveAttribute('open');
    expect(screen.getByRole('button', { name: 'Email and password' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send code' })).toBeInTheDocument();
  });

  it('magic link: sends it to this app with next, shows the security phrase and a resend cooldown', async () => {
    const user = userEvent.setup();
    renderApp('/sign-in?method=magicUrl&next=%2Fsessions');
    await user.type(await screen.findByLabelText('Email', { exact: true }), DEMO_USER.email);
    await user.click(screen.getByRole('button', { name: 'Send sign-in link' }));
    expect(await screen.findByRole('heading', { name: 'Check your inbox' })).toBeInTheDocument();
    const mail = lastMessage();
    expect(mail.link).toMatch(/^http:\/\/localhost:3000\/magic-url\?next=%2Fsessions&flow=[0-9a-f]{32}&userId=/);
    const phrase = /Security phrase: (.+)$/.exec(mail.text)?.[1] ?? 'none';
    expect(screen.getByText(new RegExp(`security phrase: ${phrase}`))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Send again in \d+ s$/ })).toBeDisabled();
  });

  it('magic link: an invalid email is caught before sending', async () => {
    const user = userEvent.setup();
    renderApp('/sign-in?method=magicUrl');
    await user.type(await screen.findByLabelText('Email', { exact: true }), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Send sign-in link' }));
    expect(await screen.findByText('Enter an email address like name@example.com.')).toBeInTheDocument();
    expect(mockApi.backend.state.messages).toEqual([]);
  });

  it('email code: a wrong code says so and keeps the form; the right one signs in', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/sign-in?method=emailCode');
    await user.type(await screen.findByLabelText('Email', { exact: true }), DEMO_USER.email);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const code = await waitFor(() => lastMessage().code ?? '');
    await user.type(await screen.findByLabelText('6-digit code'), code === '000000' ? '111111' : '000000');
    expect(await screen.findByText(/That code is wrong, expired or already used/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('6-digit code'));
    await user.click(screen.getByLabelText('6-digit code'));
    await user.paste(`Code: ${code.slice(0, 3)} ${code.slice(3)}`);
    await waitFor(() => expect(router.state.location.pathname).toBe('/profile'));
  });

  it('phone code: E.164 is checked with a clear hint', async () => {
    const user = userEvent.setup();
    renderApp('/sign-in?method=phoneCode');
    await user.type(await screen.findByLabelText('Phone number'), '0044 7700 900123');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText(/Enter the number with its country code, starting with \+/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Phone number'));
    await user.type(screen.getByLabelText('Phone number'), '+44 7700 900123');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText('We sent a 6-digit code to +447700900123. It works for 15 minutes.')).toBeInTheDocument();
  });

  it('guest: one click, then the profile', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/sign-in?method=anonymous');
    await user.click(await screen.findByRole('button', { name: 'Continue as a guest' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/profile'));
    expect(await screen.findByText(/You are using a guest account/)).toBeInTheDocument();
  });
});

describe('forgot password', () => {
  it('says the same thing whether or not the address has an account', async () => {
    const user = userEvent.setup();
    const first = renderApp('/forgot-password');
    await user.type(await screen.findByLabelText('Email', { exact: true }), 'nobody@example.com');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(await screen.findByText('If an account exists for nobody@example.com, a reset link is on its way. It works for one hour.')).toBeInTheDocument();
    first.unmount();
    renderApp('/forgot-password');
    await user.type(await screen.findByLabelText('Email', { exact: true }), DEMO_USER.email);
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(await screen.findByText(`If an account exists for ${DEMO_USER.email}, a reset link is on its way. It works for one hour.`)).toBeInTheDocument();
    expect(lastMessage().link).toMatch(/^http:\/\/localhost:3000\/recovery\?userId=/);
  });

  it('by code: the emailed code and a new password reset it', async () => {
    const user = userEvent.setup();
    renderApp('/forgot-password?mode=code');
    await user.type(await screen.findByLabelText('Email', { exact: true }), DEMO_USER.email);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const code = await waitFor(() => lastMessage().code ?? '');
    await user.type(await screen.findByLabelText('6-digit code'), code);
    await user.type(screen.getByLabelText('New password'), 'reset-by-code-1');
    await user.type(screen.getByLabelText('Repeat new password'), 'reset-by-code-1');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(await screen.findByText('Password changed')).toBeInTheDocument();
  });
});

describe('the signed-out frame', () => {
  it('shows the configured logo above the card, named after the app', async () => {
    renderApp('/sign-in', { config: { logoUrl: '/brand/logo.svg', appName: 'Acme' } });
    expect(await screen.findByRole('img', { name: 'Acme' })).toHaveAttribute('src', '/brand/logo.svg');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Acme' })).toBeInTheDocument();
  });

  it('words the titles without a name when none is configured, and shows no logo', async () => {
    renderApp('/sign-up', { config: { appName: '' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Create an account' })).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

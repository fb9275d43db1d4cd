import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAccount, lastMessage, signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi, TEST_PROJECT } from '../../test/mock-api.ts';
import { renderApp } from '../../test/render.tsx';

async function changeEmail(email: string, password: string, { open = true } = {}) {
  const user = userEvent.setup();
  if (open) {
    await user.click(await screen.findByRole('button', { name: 'Change email' }));
    expect(screen.getByLabelText('New email')).toHaveFocus();
  }
  await user.type(await screen.findByLabelText('New email'), email);
  await user.type(screen.getByLabelText(/^(Current password|Choose a password)$/), password);
  await user.click(screen.getByRole('button', { name: 'Save email' }));
}

describe('EmailPage', () => {
  beforeEach(() => signInAsDemo(DEMO_USER.email, DEMO_USER.password));

  it('changes the email, then one callout says the link went out, with a resend countdown and a code option', async () => {
    renderApp('/email');
    await changeEmail('ada.new@example.com', DEMO_USER.password);
    expect(await screen.findByText('We sent a verification link to ada.new@example.com.')).toBeInTheDocument();
    await waitFor(() => expect(lastMessage()).toMatchObject({ to: 'ada.new@example.com', subject: 'Account Verification for Account Dashboard' }));
    expect(screen.getByRole('button', { name: /^Resend in \d:\d\d$/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Use a code' })).toBeEnabled();
    // The form closed; no badge or toast repeats what the callout says.
    expect(screen.queryByLabelText('New email')).not.toBeInTheDocument();
    expect(screen.queryByText('Not verified')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change email' })).toBeInTheDocument();
  });

  it('puts a wrong password on the password field and keeps the input', async () => {
    renderApp('/email');
    await changeEmail('ada.new@example.com', 'not-my-password');
    expect(await screen.findByText('The email or password is incorrect.')).toBeInTheDocument();
    expect(screen.getByLabelText('Current password')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('New email')).toHaveValue('ada.new@example.com');
  });

  it('says an address used by another account is taken (409 user_target_already_exists)', async () => {
    await createAccount('taken@example.com', 'a-strong-password');
    renderApp('/email');
    await changeEmail('taken@example.com', DEMO_USER.password);
    expect(await screen.findByText('This is already used by another account.')).toBeInTheDocument();
    expect(screen.getByLabelText('New email')).toHaveAttribute('aria-invalid', 'true');
  });

  it('verifies with a code instead of the link', async () => {
    const demo = mockApi.backend.state.users[0];
    if (demo) demo.emailVerification = false;
    const user = userEvent.setup();
    renderApp('/email');
    await user.click(await screen.findByRole('button', { name: 'Use a code' }));
    const code = await waitFor(() => lastMessage().code ?? '');
    await user.type(await screen.findByLabelText('6-digit code'), code);
    expect(await screen.findByText('Email verified.')).toBeInTheDocument();
  });
});

describe('EmailPage for a guest', () => {
  it('adds an email and a first password, turning the guest into a full account', async () => {
    const res = await fetch('http://localhost:3000/v1/account/sessions/anonymous', { method: 'POST', headers: { 'x-appwrite-project': TEST_PROJECT, 'content-type': 'application/json' } });
    localStorage.setItem('cookieFallback', res.headers.get('X-Fallback-Cookies') ?? '');
    renderApp('/email');
    expect(await screen.findByRole('heading', { name: 'Add email and password' })).toBeInTheDocument();
    await changeEmail('was.a.guest@example.com', 'guest-password-1', { open: false });
    expect(await screen.findByText('We sent a verification link to was.a.guest@example.com.')).toBeInTheDocument();
    expect(mockApi.backend.state.users.find((u) => u.email === 'was.a.guest@example.com')?.passwordHash).not.toBeNull();
  });
});

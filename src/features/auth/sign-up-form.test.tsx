import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { accountKeys } from '../../api/account/account-cache.ts';
import { createAccount } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi, TEST_ENDPOINT } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { SignUpForm } from './sign-up-form.tsx';

async function fill({ name = 'Grace Hopper', email = 'grace@example.com', password = 'hopper-compiler-1952' } = {}) {
  const user = userEvent.setup();
  if (name) {
    await user.click(screen.getByLabelText('Name'));
    await user.paste(name);
  }
  if (email) await user.type(screen.getByLabelText('Email'), email);
  if (password) {
    await user.click(screen.getByLabelText('Password'));
    await user.paste(password);
  }
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  return user;
}

describe('SignUpForm', () => {
  it('creates the account, signs in and caches the new account', async () => {
    const onSignedUp = vi.fn();
    const { queryClient } = renderWithProviders(<SignUpForm onSignedUp={onSignedUp} />);
    await fill();
    await waitFor(() => expect(onSignedUp).toHaveBeenCalledOnce());
    expect(queryClient.getQueryData(accountKeys.account())).toMatchObject({ email: 'grace@example.com', name: 'Grace Hopper' });
    expect(mockApi.backend.state.sessions.some((s) => s.providerUid === 'grace@example.com')).toBe(true);
  });

  it('allows an empty name (it is optional)', async () => {
    const onSignedUp = vi.fn();
    renderWithProviders(<SignUpForm onSignedUp={onSignedUp} />);
    await fill({ name: '' });
    await waitFor(() => expect(onSignedUp).toHaveBeenCalledOnce());
  });

  it.each([
    [{ name: 'n'.repeat(129) }, 'Use at most 128 characters.'],
    [{ email: 'grace@' }, 'Enter an email address like name@example.com.'],
    [{ password: 'seven77' }, 'Use at least 8 characters.'],
    [{ password: 'p'.repeat(257) }, 'Use at most 256 characters.'],
  ])('validates %j on the client', async (values, message) => {
    renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />);
    await fill(values);
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(mockApi.backend.state.users).toHaveLength(1);
  });

  it('accepts a 128-character name counted in code points', async () => {
    const onSignedUp = vi.fn();
    renderWithProviders(<SignUpForm onSignedUp={onSignedUp} />);
    await fill({ name: '😀'.repeat(128) });
    await waitFor(() => expect(onSignedUp).toHaveBeenCalledOnce());
  });

  it('puts "already exists" (409 user_already_exists) on the email field', async () => {
    renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />);
    await fill({ email: DEMO_USER.email });
    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(/An account with this email already exists/);
    expect(email).toHaveFocus();
  });

  it('shows the rate-limit message after 10 sign-ups from this address (429)', async () => {
    for (let i = 0; i < 10; i++) await createAccount(`user${i}@example.com`);
    renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />);
    await fill();
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts');
    expect(screen.getByLabelText('Name')).toHaveValue('Grace Hopper');
  });

  it('says the account exists but sign-in failed when only the second step fails', async () => {
    mockApi.server.use(http.post(`${TEST_ENDPOINT}/account/sessions/email`, () => HttpResponse.error()));
    renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />);
    await fill();
    expect(await screen.findByRole('alert')).toHaveTextContent(/Your account was created, but signing you in failed: You appear to be offline/);
  });

  it('keeps the input when offline', async () => {
    mockApi.server.use(http.all(`${TEST_ENDPOINT}/*`, () => HttpResponse.error()));
    renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />);
    await fill();
    expect(await screen.findByRole('alert')).toHaveTextContent('You appear to be offline');
    expect(screen.getByLabelText('Email')).toHaveValue('grace@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue('hopper-compiler-1952');
  });

  it('creates exactly one account when the button is clicked twice', async () => {
    // The first create waits at the server until the second click has been made.
    let creates = 0;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    mockApi.server.use(
      http.post(`${TEST_ENDPOINT}/account`, async () => {
        creates += 1;
        await held; // then falls through to the mock's own handler
      }),
    );
    const onSignedUp = vi.fn();
    renderWithProviders(<SignUpForm onSignedUp={onSignedUp} />);
    const user = await fill();
    await waitFor(() => expect(creates).toBe(1));
    await user.click(screen.getByRole('button', { name: /Creat/ }));
    release();
    await waitFor(() => expect(onSignedUp).toHaveBeenCalledOnce());
    expect(creates).toBe(1);
    expect(mockApi.backend.state.users).toHaveLength(2);
  });
});

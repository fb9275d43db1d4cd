import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { rateLimitWindowEnd } from '../../../contract/rate-limit-window.ts';
import { accountKeys } from '../../api/account/account-cache.ts';
import { rawCall } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi, TEST_ENDPOINT } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { SignInForm } from './sign-in-form.tsx';

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('SignInForm', () => {
  it('signs in with email and password and puts the account in the cache', async () => {
    const onSignedIn = vi.fn();
    const { queryClient } = renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);
    await fillAndSubmit(DEMO_USER.email, DEMO_USER.password);
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(queryClient.getQueryData(accountKeys.account())).toMatchObject({ email: DEMO_USER.email });
  });

  it('checks the email format and the 8–256 password rule before any request', async () => {
    const onSignedIn = vi.fn();
    const requests = vi.fn();
    mockApi.server.events.on('request:start', requests);
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);
    await fillAndSubmit('not-an-email', 'short');
    expect(await screen.findByText('Enter an email address like name@example.com.')).toBeInTheDocument();
    expect(screen.getByText('Use at least 8 characters.')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter an email address like name@example.com.');
    expect(requests).not.toHaveBeenCalled();
    mockApi.server.events.removeAllListeners();
  });

  it('refuses a password over 256 characters', async () => {
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), DEMO_USER.email);
    await user.click(screen.getByLabelText('Password'));
    await user.paste('x'.repeat(257));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Use at most 256 characters.')).toBeInTheDocument();
  });

  it('answers wrong credentials with one non-revealing message and keeps the input', async () => {
    const onSignedIn = vi.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);
    await fillAndSubmit('nobody@example.com', 'wrong-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is incorrect.');
    expect(screen.getByLabelText('Email')).toHaveValue('nobody@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue('wrong-password');
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('says when to retry after too many attempts (429)', async () => {
    for (let i = 0; i < 10; i++) await rawCall('POST', '/account/sessions/email', { email: DEMO_USER.email, password: 'wrong-password' });
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />);
    await fillAndSubmit(DEMO_USER.email, DEMO_USER.password);
    // Appwrite's windows are whole hours on the clock: the wait is until the next one starts.
    expect(await screen.findByRole('alert')).toHaveTextContent(/Too many attempts\. Try again in about \d+ min; what you entered is kept\.$/);
    const minutes = Number(/about (\d+) min/.exec(screen.getByRole('alert').textContent)?.[1]);
    expect(minutes).toBe(Math.ceil((rateLimitWindowEnd(Date.now()) - Date.now()) / 60_000));
    const button = screen.getByRole('button', { name: /^Try again in \d+:\d{2}$/ });
    expect(button).toBeDisabled();
    expect(screen.getByLabelText('Email')).toHaveValue(DEMO_USER.email);
  });

  it('tells the user they are offline and keeps their input', async () => {
    mockApi.server.use(http.all(`${TEST_ENDPOINT}/*`, () => HttpResponse.error()));
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />);
    await fillAndSubmit(DEMO_USER.email, DEMO_USER.password);
    expect(await screen.findByRole('alert')).toHaveTextContent('You appear to be offline');
    expect(screen.getByLabelText('Email')).toHaveValue(DEMO_USER.email);
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('blocks a double submit while the request is pending', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const seen = vi.fn();
    mockApi.server.use(
      http.post(`${TEST_ENDPOINT}/account/sessions/email`, async () => {
        seen();
        await gate;
        return undefined; // fall through to the real mock handler
      }),
    );
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />);
    const user = await fillAndSubmit(DEMO_USER.email, DEMO_USER.password);
    const button = await screen.findByRole('button', { name: 'Signing in…' });
    expect(button).toBeDisabled();
    await user.click(button);
    release();
    await waitFor(() => expect(seen).toHaveBeenCalledOnce());
  });
});

import { onlineManager } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { accountKeys } from '../../api/account/account-cache.ts';
import { signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi, TEST_ENDPOINT } from '../../test/mock-api.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { NameForm } from './name-form.tsx';


async function rename(to: string) {
  const user = userEvent.setup();
  const field = screen.getByLabelText('Name');
  await user.clear(field);
  if (to) {
    await user.click(field);
    await user.paste(to);
  }
  await user.click(screen.getByRole('button', { name: 'Save' }));
  return user;
}

describe('NameForm', () => {
  beforeEach(() => signInAsDemo(DEMO_USER.email, DEMO_USER.password));

  it('keeps Save disabled until the name changes', async () => {
    renderWithProviders(<NameForm currentName={DEMO_USER.name} />);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await userEvent.setup().type(screen.getByLabelText('Name'), '!');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('saves the name, confirms it and updates the cached account', async () => {
    const { queryClient } = renderWithProviders(<NameForm currentName={DEMO_USER.name} />);
    await rename('Augusta Ada King');
    expect(await screen.findByText('Name saved.')).toBeInTheDocument();
    expect(queryClient.getQueryData(accountKeys.account())).toMatchObject({ name: 'Augusta Ada King' });
    expect(mockApi.backend.state.users[0]?.name).toBe('Augusta Ada King');
    expect(screen.getByLabelText('Name')).toHaveValue('Augusta Ada King');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('requires a name', async () => {
    renderWithProviders(<NameForm currentName={DEMO_USER.name} />);
    await rename('   ');
    expect(await screen.findByText('Enter a name.')).toBeInTheDocument();
  });

  it('allows at most 128 characters', async () => {
    renderWithProviders(<NameForm currentName={DEMO_USER.name} />);
    await rename('a'.repeat(129));
    expect(await screen.findByText('Use at most 128 characters.')).toBeInTheDocument();
    expect(mockApi.backend.state.users[0]?.name).toBe(DEMO_USER.name);
  });

  it('says the session ended when the server no longer knows it, and keeps the input', async () => {
    localStorage.setItem('cookieFallback', '[]');
    const { queryClient } = renderWithProviders(<NameForm currentName={DEMO_USER.name} />);
    await rename('Someone Else');
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has ended. Please sign in again.');
    expect(screen.getByLabelText('Name')).toHaveValue('Someone Else');
    // The shell reacts to the cached account becoming null by sending the user to sign in.
    await waitFor(() => expect(queryClient.getQueryData(accountKeys.account())).toBeNull());
  });

  it('keeps the input when offline', async () => {
    mockApi.server.use(http.all(`${TEST_ENDPOINT}/*`, () => HttpResponse.error()));
    renderWithProviders(<NameForm currentName={DEMO_USER.name} />);
    await rename('Offline Ada');
    expect(await screen.findByRole('alert')).toHaveTextContent('You appear to be offline');
    expect(screen.getByLabelText('Name')).toHaveValue('Offline Ada');
  });

  it('fails at once when the browser is offline, and never sends the write later on reconnect', async () => {
    onlineManager.setOnline(false);
    try {
      mockApi.server.use(http.all(`${TEST_ENDPOINT}/*`, () => HttpResponse.error(), { once: true }));
      const { queryClient } = renderWithProviders(<NameForm currentName={DEMO_USER.name} />);
      await rename('Offline Ada');
      expect(await screen.findByRole('alert')).toHaveTextContent('You appear to be offline');
      expect(screen.getByRole('button', { name: 'Save' })).not.toHaveAttribute('aria-busy');
      // Nothing is queued to fire unseen on reconnect.
      expect(queryClient.getMutationCache().getAll().filter((mutation) => mutation.state.isPaused)).toEqual([]);
    } finally {
      onlineManager.setOnline(true);
    }
  });
});

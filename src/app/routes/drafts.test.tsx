import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAccount, signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi } from '../../test/mock-api.ts';
import { renderApp } from '../../test/render.tsx';

async function signInWithForm(user: ReturnType<typeof userEvent.setup>, email: string, password: string) {
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

/** The session ends on the server (expired, or signed out elsewhere) while the page is open. */
function endSessions() {
  mockApi.backend.state.sessions.length = 0;
}

describe('a session that ends mid-edit keeps the edit', () => {
  beforeEach(() => sessionStorage.clear());

  it('the name typed before the session ended is back after signing in again, and says so', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    const user = userEvent.setup();
    const { router } = renderApp('/profile');
    const field = await screen.findByLabelText('Name');
    await user.clear(field);
    await user.type(field, 'Ada, Countess of Lovelace');
    endSessions();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    // Nothing typed is in storage but the name (never a password).
    expect(Object.values(sessionStorage).join(' ')).toContain('Ada, Countess of Lovelace');

    await signInWithForm(user, DEMO_USER.email, DEMO_USER.password);
    await waitFor(() => expect(router.state.location.pathname).toBe('/profile'));
    expect(await screen.findByLabelText('Name')).toHaveValue('Ada, Countess of Lovelace');
    expect(screen.getByText('This is what you had typed before you were signed out. It is not saved yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(mockApi.backend.state.users.find((u) => u.email === DEMO_USER.email)?.name).toBe('Ada, Countess of Lovelace'));
    await waitFor(() => expect(Object.keys(sessionStorage).filter((key) => key.startsWith('account-dashboard:draft:'))).toEqual([]));
  });

  it('another user signing in on this tab does not see it, and the new email draft never holds the password', async () => {
    await createAccount('eve@example.com', 'eve-password-1', 'Eve');
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    const user = userEvent.setup();
    const { router } = renderApp('/email');
    await user.click(await screen.findByRole('button', { name: 'Change email' }));
    await user.type(screen.getByLabelText('New email'), 'ada.new@example.com');
    await user.type(screen.getByLabelText('Current password'), DEMO_USER.password);
    endSessions();
    await user.click(screen.getByRole('button', { name: 'Save email' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    const stored = Object.values(sessionStorage).join(' ');
    expect(stored).toContain('ada.new@example.com');
    expect(stored).not.toContain(DEMO_USER.password);

    await signInWithForm(user, 'eve@example.com', 'eve-password-1');
    await waitFor(() => expect(router.state.location.pathname).toBe('/email'));
    await screen.findByRole('heading', { level: 1, name: 'Email' });
    expect(screen.queryByDisplayValue('ada.new@example.com')).not.toBeInTheDocument();
    expect(within(document.body).queryByText(/what you had typed/)).not.toBeInTheDocument();
  });
});

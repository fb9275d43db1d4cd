import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER } from '../../test/mock-api.ts';
import { renderApp } from '../../test/render.tsx';

async function submitDemoCredentials() {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Email'), DEMO_USER.email);
  await user.type(screen.getByLabelText('Password'), DEMO_USER.password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('routing and guards', () => {
  it('sends a signed-out visitor of a protected page to sign-in with next, and back after signing in', async () => {
    const { router } = renderApp('/profile');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Test App' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fprofile');
    await submitDemoCredentials();
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/profile');
  });

  it('ignores a hostile next and lands on the profile', async () => {
    const { router } = renderApp('/sign-in?next=%2F%2Fevil.example');
    await submitDemoCredentials();
    await waitFor(() => expect(router.state.location.pathname).toBe('/profile'));
  });

  it('sends / to sign-in when signed out and to the profile when signed in', async () => {
    const signedOut = renderApp('/');
    await waitFor(() => expect(signedOut.router.state.location.pathname).toBe('/sign-in'));
    signedOut.unmount();
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    const signedIn = renderApp('/');
    await waitFor(() => expect(signedIn.router.state.location.pathname).toBe('/profile'));
  });

  it('offers a signed-in visitor of sign-in to continue to a safe next (no second session)', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    const { router } = renderApp('/sign-in?next=%2Fprofile%3Ftab%3D1');
    await userEvent.setup().click(await screen.findByRole('button', { name: `Continue as ${DEMO_USER.name}` }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/profile'));
    expect(router.state.location.search).toBe('?tab=1');
  });

  it('shows a 404 page for unknown addresses', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('marks the current settings page in the navigation and signs out from the account menu', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    const { router } = renderApp('/profile');
    const link = await screen.findByRole('link', { name: 'Profile' });
    expect(link).toHaveAttribute('aria-current', 'page');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `Account menu for ${DEMO_USER.name}` }));
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(localStorage.getItem('cookieFallback')).toBe('[]');
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lastMessage, signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi, TEST_ENDPOINT, TEST_PROJECT } from '../../test/mock-api.ts';
import type { User } from './embed-options.ts';
import type { MountedAccountSettings } from './embed-options.ts';
import { mountAccountSettings } from './mount.tsx';

const OPTIONS = { endpoint: TEST_ENDPOINT, projectId: TEST_PROJECT };

/** A JWT of the demo user's session, as the host gets it from its own `account.createJWT()`. */
async function hostJwt(): Promise<string> {
  const response = await fetch(`${TEST_ENDPOINT}/account/jwts`, {
    method: 'POST',
    headers: { 'x-appwrite-project': TEST_PROJECT, 'content-type': 'application/json', 'x-fallback-cookies': localStorage.getItem('cookieFallback') ?? '' },
    body: '{}',
  });
  return ((await response.json()) as { jwt: string }).jwt;
}

async function rename(to: string) {
  const user = userEvent.setup();
  const field = await screen.findByLabelText('Name');
  await user.clear(field);
  await user.type(field, to);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByText('Name saved.')).toBeInTheDocument();
}

describe('the embedded widget', () => {
  let host: HTMLElement;
  let widget: MountedAccountSettings | undefined;
  beforeEach(() => {
    host = document.body.appendChild(document.createElement('section'));
  });
  afterEach(() => {
    act(() => widget?.unmount());
    widget = undefined;
    host.remove();
  });
  const mount = (options: Partial<Parameters<typeof mountAccountSettings>[1]>) => {
    act(() => {
      widget = mountAccountSettings(host, { ...OPTIONS, ...options });
    });
  };

  it('shows only the sections the host lists, in its order, and reports each move', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    const onNavigate = vi.fn();
    mount({ sections: ['sessions', 'profile', 'deactivate'], onNavigate });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Account settings' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Sessions', 'Profile', 'Deactivate account']);
    await userEvent.setup().click(within(nav).getByRole('link', { name: 'Profile' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
    expect(onNavigate).toHaveBeenCalledWith('profile');
    // A host's own navigation; a section it did not list is not reachable.
    act(() => widget?.navigate('email'));
    act(() => widget?.navigate('deactivate'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Deactivate account' })).toBeInTheDocument();
    expect(onNavigate.mock.calls.map(([section]) => section as string)).toEqual(['profile', 'deactivate']);
  });

  it('reports moves under a basePath too, and the address says which section', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    window.history.replaceState(null, '', '/settings/sessions');
    const onNavigate = vi.fn();
    mount({ routing: { basePath: '/settings/' }, onNavigate });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions' })).toBeInTheDocument();
    await userEvent.setup().click(within(screen.getByRole('navigation', { name: 'Account settings' })).getByRole('link', { name: 'Preferences' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Preferences' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/settings/preferences');
    expect(onNavigate.mock.calls).toEqual([['preferences']]);
    window.history.replaceState(null, '', '/');
  });

  it('sends verification links to the deployed dashboard when the host names it', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    mount({ sections: ['email'], dashboardUrl: 'http://localhost:3000/account' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Change email' }));
    await user.type(screen.getByLabelText('New email'), 'ada.new@example.com');
    await user.type(screen.getByLabelText('Current password'), DEMO_USER.password);
    await user.click(screen.getByRole('button', { name: 'Save email' }));
    await waitFor(() => expect(lastMessage()).toMatchObject({ to: 'ada.new@example.com' }));
    expect(lastMessage().link).toMatch(/^http:\/\/localhost:3000\/account\/verify-email\?/);
  });

  it('tells the host about every change of the account, not its first load', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    const onAccountChange = vi.fn<(user: User) => void>();
    mount({ onAccountChange });
    await rename('Augusta Ada King');
    await waitFor(() => expect(onAccountChange).toHaveBeenCalledTimes(1));
    expect(onAccountChange.mock.calls[0]?.[0]).toMatchObject({ name: 'Augusta Ada King', email: DEMO_USER.email });
  });

  it('changes language, theme and tokens in place', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    mount({ theme: 'dark', tokens: { accent: '#0b7285' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
    const root = host.querySelector<HTMLElement>('.account-settings');
    if (!root) throw new Error('no widget root');
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.getPropertyValue('--color-accent')).toBe('#0b7285');
    act(() => widget?.update({ locale: 'de', theme: 'light', tokens: { radius: '0' } }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Profil' }, { timeout: 3000 })).toBeInTheDocument();
    expect(root.dataset.theme).toBe('light');
    expect(root.style.getPropertyValue('--color-accent')).toBe('');
    expect(root.style.getPropertyValue('--radius-control')).toBe('0');
    expect(() => widget?.update({ theme: 'blue' as 'dark' })).toThrow(/"theme" must be/);
  });

  it('goes back to the account’s own theme and then to the device’s as the host lets go of it', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    const ada = mockApi.backend.state.users[0];
    if (ada) ada.prefs = { theme: 'dark' };
    mount({ theme: 'light' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
    const root = host.querySelector<HTMLElement>('.account-settings');
    expect(root?.dataset.theme).toBe('light');
    act(() => widget?.update({ theme: undefined }));
    await waitFor(() => expect(root?.dataset.theme).toBe('dark'));
    act(() => widget?.update({ theme: 'system' }));
    expect(root?.dataset.theme).toBeUndefined();
  });

  it('takes an address that says "signed out" while signed in back to the first section, telling the host nothing', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    window.history.replaceState(null, '', '/settings/sign-in');
    const onSignOut = vi.fn();
    mount({ routing: { basePath: '/settings/' }, sections: ['sessions', 'profile'], onSignOut });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/settings/sessions');
    expect(onSignOut).not.toHaveBeenCalled();
    window.history.replaceState(null, '', '/');
  });

  it('says it is signed out, once, and forgets the account when the session ends', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    const onSignOut = vi.fn();
    mount({ sections: ['sessions'], onSignOut });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: /Sign out everywhere/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'You are signed out' })).toBeInTheDocument();
    expect(onSignOut).toHaveBeenCalledTimes(1);
    expect(host.textContent).not.toContain(DEMO_USER.email);
  });

  describe('with the host’s JWT', () => {
    it('sends the JWT and never the browser session, and shows the host’s session as this device', async () => {
      await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
      const jwt = await hostJwt();
      const seen: { jwt: string | null; session: string | null }[] = [];
      const record = (event: { request: Request }) => {
        seen.push({ jwt: event.request.headers.get('x-appwrite-jwt'), session: event.request.headers.get('x-fallback-cookies') });
      };
      mockApi.server.events.on('request:start', record);
      mount({ auth: { jwt, getJWT: hostJwt }, sections: ['sessions'] });
      const thisDevice = await screen.findByText('This device');
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((request) => request.jwt === jwt && request.session === null)).toBe(true);
      mockApi.server.events.removeListener('request:start', record);
      // The host's session has no sign-out of its own here: ending it is the host's business.
      const row = thisDevice.closest('li');
      expect(row).not.toBeNull();
      expect(within(row as HTMLElement).queryByRole('button', { name: /^Sign out/ })).toBeNull();
    });

    it('asks the host for a new JWT once when it expires, and the action still succeeds', async () => {
      await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
      const getJWT = vi.fn(hostJwt);
      mount({ auth: { jwt: await hostJwt(), getJWT }, onSignOut: () => expect.fail('not signed out') });
      expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
      mockApi.backend.clock.advance(16 * 60); // JWTs last 15 minutes
      await rename('Ada, renewed');
      expect(getJWT).toHaveBeenCalledTimes(1);
      expect(mockApi.backend.state.users[0]?.name).toBe('Ada, renewed');
    });

    it('signs out (and tells the host) when the host cannot give a new JWT', async () => {
      await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
      const onSignOut = vi.fn();
      const getJWT = vi.fn(() => Promise.reject(new Error('host signed out')));
      mount({ auth: { jwt: await hostJwt(), getJWT }, onSignOut });
      expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
      mockApi.backend.clock.advance(16 * 60);
      const user = userEvent.setup();
      await user.type(screen.getByLabelText('Name'), '!');
      await user.click(screen.getByRole('button', { name: 'Save' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'You are signed out' })).toBeInTheDocument();
      expect(getJWT).toHaveBeenCalledTimes(1);
      expect(onSignOut).toHaveBeenCalledTimes(1);
      expect(mockApi.backend.state.users[0]?.name).toBe(DEMO_USER.name);
    });

    it('shows nothing of the account again once the host says it signed out', async () => {
      await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
      const getJWT = vi.fn(hostJwt);
      mount({ auth: { jwt: await hostJwt(), getJWT }, sections: ['profile', 'sessions'] });
      expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
      act(() => widget?.signOut());
      expect(await screen.findByRole('heading', { level: 1, name: 'You are signed out' })).toBeInTheDocument();
      act(() => widget?.navigate('sessions'));
      await new Promise((resolve) => {
        setTimeout(resolve, 100);
      });
      expect(screen.getByRole('heading', { level: 1, name: 'You are signed out' })).toBeInTheDocument();
      expect(host.textContent).not.toContain(DEMO_USER.email);
      expect(getJWT).not.toHaveBeenCalled();
    });

    it('starts with getJWT() when given no JWT', async () => {
      await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
      const jwt = await hostJwt();
      const getJWT = vi.fn(() => jwt);
      mount({ auth: { getJWT } });
      expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
      await waitFor(() => expect(screen.getAllByText(DEMO_USER.email).length).toBeGreaterThan(0));
      expect(getJWT).toHaveBeenCalledTimes(1);
    });
  });
});

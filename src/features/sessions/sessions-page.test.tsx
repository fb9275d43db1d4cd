import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi, TEST_ENDPOINT } from '../../test/mock-api.ts';
import { renderApp } from '../../test/render.tsx';

beforeEach(() => signInAsDemo(DEMO_USER.email, DEMO_USER.password));

describe('SessionsPage', () => {
  it('lists every session in a row, this device first and marked, details (method, IP, dates, factors) under a disclosure', async () => {
    const user = userEvent.setup();
    renderApp('/sessions');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions' })).toBeInTheDocument();
    expect(await screen.findByText('4 active sessions')).toBeInTheDocument();
    const rows = within(screen.getByRole('region', { name: 'Signed-in devices' })).getAllByRole('listitem');
    const [first] = rows;
    if (!first) throw new Error('no session');
    expect(within(first).getByText('This device')).toBeInTheDocument();
    expect(within(first).getByText(/Unknown location/)).toBeInTheDocument();
    expect(within(first).queryByRole('button', { name: /^Sign out/ })).not.toBeInTheDocument();
    const firefox = screen.getByRole('listitem', { name: 'Firefox 128 on Linux' });
    expect(within(firefox).getByText(/Germany/)).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: /Mobile Safari 17.5 on iOS 17.5/ })).toBeInTheDocument();
    await user.click(within(firefox).getByText('Details'));
    expect(within(firefox).getByRole('button', { name: 'Copy IP address 192.0.2.41' })).toBeVisible();
    expect(within(firefox).getByText('Email and password')).toBeVisible();
    expect(within(firefox).getByText('Password')).toBeVisible();
  });

  it('signs out one session after confirming, naming the device, and re-fetches the list', async () => {
    const user = userEvent.setup();
    renderApp('/sessions');
    await user.click(await screen.findByRole('button', { name: 'Sign out of Firefox 128 on Linux' }));
    const dialog = screen.getByRole('dialog', { name: 'Sign out of Firefox 128 on Linux?' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('Signed out of Firefox 128 on Linux.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Firefox 128 on Linux' })).not.toBeInTheDocument());
    expect(mockApi.backend.state.sessions).toHaveLength(3);
  });

  it('signs out all other sessions one by one, reports a partial failure and retries just that one', async () => {
    const user = userEvent.setup();
    let failOnce = true;
    mockApi.server.use(
      http.delete(`${TEST_ENDPOINT}/account/sessions/:id`, ({ params }) => {
        const session = mockApi.backend.state.sessions.find((s) => s.$id === params.id);
        if (failOnce && session?.clientName === 'Firefox') {
          failOnce = false;
          return HttpResponse.json({ message: 'Server Error', code: 500, type: 'general_server_error', version: '1.9.6' }, { status: 500 });
        }
        return undefined;
      }),
    );
    renderApp('/sessions');
    await user.click(await screen.findByRole('button', { name: 'Sign out other sessions' }));
    const dialog = screen.getByRole('dialog', { name: 'Sign out of 3 other sessions?' });
    expect(dialog).toHaveTextContent('This device stays signed in.');
    await user.click(within(dialog).getByRole('button', { name: 'Sign out other sessions' }));
    expect(await screen.findByText('1 of 3 sessions could not be signed out.')).toBeInTheDocument();
    expect(mockApi.backend.state.sessions).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Try again for those' }));
    expect(await screen.findByText('This is the only device where you are signed in.')).toBeInTheDocument();
    expect(mockApi.backend.state.sessions).toHaveLength(1);
  });

  it('treats a session already signed out elsewhere as gone, without an error', async () => {
    const user = userEvent.setup();
    renderApp('/sessions');
    const button = await screen.findByRole('button', { name: 'Sign out of Firefox 128 on Linux' });
    mockApi.backend.state.sessions = mockApi.backend.state.sessions.filter((s) => s.clientName !== 'Firefox');
    await user.click(button);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Firefox 128 on Linux' })).not.toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('extends this session from its row menu and says until when', async () => {
    const user = userEvent.setup();
    renderApp('/sessions');
    await user.click(await screen.findByRole('button', { name: /^More for Headless Chrome|^More for / }));
    expect(screen.getByRole('menuitem', { name: 'Extend session' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^More for / }));
    await user.click(screen.getByRole('menuitem', { name: 'Extend session' }));
    expect(await screen.findByText(/^Session extended until /)).toBeInTheDocument();
  });

  it('signs out everywhere after an honest confirmation, then goes to sign-in', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/sessions');
    await user.click(await screen.findByRole('button', { name: 'Sign out everywhere' }));
    const dialog = screen.getByRole('dialog', { name: 'Sign out everywhere, including this device?' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign out everywhere' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(mockApi.backend.state.sessions).toHaveLength(0);
  });
});

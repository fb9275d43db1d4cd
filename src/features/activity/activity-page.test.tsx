import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi } from '../../test/mock-api.ts';
import { renderApp } from '../../test/render.tsx';

beforeEach(() => signInAsDemo(DEMO_USER.email, DEMO_USER.password));

describe('ActivityPage', () => {
  it('shows the newest events under day headings, in words (the raw name on hover), and pages through them', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/activity?page=1&limit=10');
    const list = await screen.findByRole('region', { name: 'Today' });
    const rows = () => document.querySelectorAll('main section li');
    expect(rows()).toHaveLength(10);
    const [first] = rows();
    expect(within(list).getAllByRole('listitem')[0]).toBe(first);
    expect(first).toHaveTextContent('Signed in');
    expect(within(first as HTMLElement).getByText('Signed in')).toHaveAttribute('title', 'Recorded as session.create');
    expect(first).not.toHaveTextContent('session.create');
    const total = Object.values(mockApi.backend.state.logs).flat().length;
    expect(screen.getByText(`1–10 of ${String(total)}`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=2&limit=10'));
    expect(await screen.findByText(`11–20 of ${String(total)}`)).toBeInTheDocument();
  });

  it('filters the loaded pages by event type, says how far it searched, and loads more on request', async () => {
    const user = userEvent.setup();
    renderApp('/activity?limit=25');
    await screen.findByRole('region', { name: 'Today' });
    await user.selectOptions(screen.getByLabelText('Event type'), 'session.delete');
    // The current page and the prefetched next one are what is loaded.
    const scope = await screen.findByText(/^in your latest (25|50) events$/);
    const before = Number(/(\d+)/.exec(scope.textContent)?.[1]);
    for (const row of document.querySelectorAll('main section li')) expect(row).toHaveTextContent('Signed out');
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText(`in your latest ${String(before + 25)} events`)).toBeInTheDocument();
  });

  it('explains when the server keeps no log (404 general_route_not_found)', async () => {
    mockApi.backend.state.project.logs = false;
    renderApp('/activity');
    expect(await screen.findByText('This server keeps no activity log')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

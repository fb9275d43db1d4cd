import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi } from '../../test/mock-api.ts';
import { renderApp } from '../../test/render.tsx';

beforeEach(() => signInAsDemo(DEMO_USER.email, DEMO_USER.password));

describe('ActivityPage', () => {
  it('shows the newest events with labels, raw names, device, place and IP, and pages through them', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/activity?page=1&limit=10');
    const table = await screen.findByRole('table');
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(10);
    expect(rows[0]).toHaveTextContent('Signed in or requested a sign-in link or code');
    expect(rows[0]).toHaveTextContent('session.create');
    const total = Object.values(mockApi.backend.state.logs).flat().length;
    expect(screen.getByText(`Page 1 of ${String(Math.ceil(total / 10))} · 1–10 of ${String(total)}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=2&limit=10'));
    expect(await screen.findByText(`Page 2 of ${String(Math.ceil(total / 10))} · 11–20 of ${String(total)}`)).toBeInTheDocument();
  });

  it('filters the loaded pages by event type and says it only searched those', async () => {
    const user = userEvent.setup();
    renderApp('/activity?limit=25');
    await screen.findByRole('table');
    await user.selectOptions(screen.getByLabelText('Event type'), 'session.delete');
    // The current page and the prefetched next one are what is loaded.
    expect(screen.getByText(/^Filters search the (25|50) events loaded so far \((1 page|2 pages)\), not the whole log/)).toBeInTheDocument();
    const rows = screen.getByRole('table').querySelectorAll('tbody tr');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveTextContent('session.delete');
  });

  it('explains when the server keeps no log (404 general_route_not_found)', async () => {
    mockApi.backend.state.project.logs = false;
    renderApp('/activity');
    expect(await screen.findByText('This server keeps no activity log')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

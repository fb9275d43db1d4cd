import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import userEvent from '@testing-library/user-event';
import { lastMessage, signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, TEST_ENDPOINT, TEST_PROJECT } from '../../test/mock-api.ts';
import { AccountSettings } from './account-settings.tsx';

describe('<AccountSettings> in a React host', () => {
  it('shows the settings in its element, follows a changed option, and leaves nothing when the host drops it', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    const host = render(
      <section aria-label="Host page">
        <AccountSettings className="settings" endpoint={TEST_ENDPOINT} projectId={TEST_PROJECT} initialSection="sessions" />
      </section>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions' })).toBeInTheDocument();
    host.rerender(
      <section aria-label="Host page">
        <AccountSettings className="settings" endpoint={TEST_ENDPOINT} projectId={TEST_PROJECT} initialSection="sessions" locale="fr" />
      </section>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions' }, { timeout: 3000 })).toBeInTheDocument();
    await waitFor(() => expect(host.container.querySelector('.account-settings')?.getAttribute('lang')).toBe('fr'));
    expect(host.container.querySelectorAll('.account-settings')).toHaveLength(1);
    host.rerender(<section aria-label="Host page" />);
    expect(host.container.querySelector('.settings')).toBeNull();
    expect(host.container.querySelector('.account-settings')).toBeNull();
  });

  it('passes every option through, such as where verification links go', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    render(<AccountSettings endpoint={TEST_ENDPOINT} projectId={TEST_PROJECT} sections={['email']} dashboardUrl="http://localhost:3000/account/" />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Change email' }));
    await user.type(screen.getByLabelText('New email'), 'ada.new@example.com');
    await user.type(screen.getByLabelText('Current password'), DEMO_USER.password);
    await user.click(screen.getByRole('button', { name: 'Save email' }));
    await waitFor(() => expect(lastMessage()).toMatchObject({ to: 'ada.new@example.com' }));
    expect(lastMessage().link).toMatch(/^http:\/\/localhost:3000\/account\/verify-email\?/);
  });
});

import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signInAsDemo } from '../../test/api-helpers.ts';
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
});

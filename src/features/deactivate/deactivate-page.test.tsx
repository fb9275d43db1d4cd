import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { rawCall, signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER } from '../../test/mock-api.ts';
import { renderApp } from '../../test/render.tsx';

describe('DeactivatePage', () => {
  it('needs the typed phrase, then blocks the account and shows the final screen', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    const user = userEvent.setup();
    const { router } = renderApp('/deactivate');
    const button = await screen.findByRole('button', { name: 'Deactivate my account' });
    expect(button).toBeDisabled();
    await user.type(screen.getByLabelText('Type "deactivate my account" to confirm'), 'deactivate');
    expect(button).toBeDisabled();
    await user.type(screen.getByLabelText('Type "deactivate my account" to confirm'), ' my account');
    await user.click(button);
    await waitFor(() => expect(router.state.location.pathname).toBe('/deactivated'));
    expect(await screen.findByRole('heading', { name: 'Your account is deactivated' })).toBeInTheDocument();
    expect((await rawCall('POST', '/account/sessions/email', { email: DEMO_USER.email, password: DEMO_USER.password })).status).toBe(403);
  });
});

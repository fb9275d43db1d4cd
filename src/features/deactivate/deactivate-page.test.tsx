import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { rawCall, signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi } from '../../test/mock-api.ts';
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

  it('takes the phrase in the page’s language without its case or accents ("desactiver" for "désactiver")', async () => {
    const demo = mockApi.backend.state.users.find((u) => u.email === DEMO_USER.email);
    if (demo) demo.prefs = { locale: 'fr' };
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    const user = userEvent.setup();
    renderApp('/deactivate');
    const button = await screen.findByRole('button', { name: 'Désactiver mon compte' });
    const field = screen.getByLabelText('Saisissez « désactiver mon compte » pour confirmer');
    await user.type(field, 'DESACTIVER  MON');
    expect(button).toBeDisabled();
    await user.type(field, ' compte ');
    expect(button).toBeEnabled();
    // The English phrase is not the French one.
    await user.clear(field);
    await user.type(field, 'deactivate my account');
    expect(button).toBeDisabled();
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi } from '../../test/mock-api.ts';
import { renderApp } from '../../test/render.tsx';

beforeEach(() => signInAsDemo(DEMO_USER.email, DEMO_USER.password));

async function change(current: string, next: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Current password'), current);
  await user.type(screen.getByLabelText('New password'), next);
  await user.type(screen.getByLabelText('Repeat new password'), next);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('PasswordPage', () => {
  it('changes the password and says the other devices were signed out, with the sessions left', async () => {
    renderApp('/password');
    await change(DEMO_USER.password, 'a-new-long-password');
    expect(await screen.findByText('Other devices were signed out. 1 session remains (this one).')).toBeInTheDocument();
    expect(mockApi.backend.state.sessions).toHaveLength(1);
  });

  it('puts a wrong current password on its field', async () => {
    renderApp('/password');
    await change('not-the-password', 'a-new-long-password');
    expect(await screen.findByText('That is not your current password.')).toBeInTheDocument();
  });

  it('explains the project rules the server enforces (history, personal data)', async () => {
    Object.assign(mockApi.backend.state.project.auths, { passwordHistory: 3, personalDataCheck: true });
    renderApp('/password');
    await change(DEMO_USER.password, DEMO_USER.password);
    expect(await screen.findByText('You used this password recently. Choose a different one.')).toBeInTheDocument();
    await userEvent.setup().clear(screen.getByLabelText('New password'));
  });

  it('shows the length rule as a hint that turns red only while it is broken, and a strength meter', async () => {
    const user = userEvent.setup();
    renderApp('/password');
    const field = await screen.findByLabelText('New password');
    expect(field).toHaveAccessibleDescription('8 to 256 characters.');
    expect(screen.getByText('8 to 256 characters.')).not.toHaveClass('text-danger');
    await user.type(field, 'short');
    expect(screen.getByText('8 to 256 characters.')).toHaveClass('text-danger');
    await user.type(field, ' but now long enough');
    expect(screen.getByText('8 to 256 characters.')).not.toHaveClass('text-danger');
    expect(await screen.findByText(/^Strength: /, {}, { timeout: 5000 })).toBeInTheDocument();
  });
});

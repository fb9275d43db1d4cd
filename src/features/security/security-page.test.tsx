import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { enableTwoFactorForDemo, signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi, totpCode } from '../../test/mock-api.ts';
import { renderApp } from '../../test/render.tsx';

const demo = () => {
  const user = mockApi.backend.state.users[0];
  if (!user) throw new Error('no demo user');
  return user;
};

beforeEach(() => signInAsDemo(DEMO_USER.email, DEMO_USER.password));

async function openSecurity() {
  const user = userEvent.setup();
  renderApp('/security');
  expect(await screen.findByRole('heading', { level: 1, name: 'Security' })).toBeInTheDocument();
  return user;
}

describe('Security page', () => {
  it('sets up an authenticator app: QR code and key, a wrong code is kept and explained, the right one confirms', async () => {
    const user = await openSecurity();
    await user.click(await screen.findByRole('button', { name: 'Set up an authenticator app' }));
    expect(await screen.findByRole('img', { name: 'QR code to add this account to an authenticator app' })).toBeInTheDocument();
    const secret = demo().totp?.secret ?? '';
    expect(screen.getByText(secret.replace(/(.{4})(?=.)/g, '$1 '))).toBeInTheDocument();
    const field = screen.getByLabelText('6-digit code');
    const wrong = totpCode(secret, mockApi.backend.clock.now()) === '000000' ? '111111' : '000000';
    await user.type(field, wrong);
    expect(await screen.findByText('That code is wrong or has expired. Enter the code the app shows now.')).toBeInTheDocument();
    expect(field).toHaveValue(wrong);
    await user.clear(field);
    await user.type(field, totpCode(secret, mockApi.backend.clock.now()));
    expect(await screen.findByText('An authenticator app is set up.')).toBeInTheDocument();
    expect(demo().totp?.verified).toBe(true);
  });

  it('refuses to turn two-step verification on without a second factor, and says what to set up', async () => {
    demo().emailVerification = false;
    await openSecurity();
    expect(await screen.findByText('Set up an authenticator app, or verify your email or phone, before turning this on.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Turn on two-step verification' })).not.toBeInTheDocument();
  });

  it('shows recovery codes before turning on, then turns on', async () => {
    const user = await openSecurity();
    await user.click(await screen.findByRole('button', { name: 'Turn on two-step verification' }));
    const list = await screen.findByRole('list', { name: 'Your recovery codes' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(demo().recoveryCodes);
    expect(demo().mfa).toBe(false);
    await user.click(screen.getByRole('button', { name: 'I have saved them: turn on' }));
    await waitFor(() => expect(demo().mfa).toBe(true));
    expect(await screen.findByText('Signing in asks for a second step after your password, link or code.')).toBeInTheDocument();
  });

  it('asks to confirm it is you before removing the authenticator, then finishes the removal', async () => {
    const { totpNow } = enableTwoFactorForDemo({ session: true });
    const user = await openSecurity();
    await user.click(await screen.findByRole('button', { name: 'Remove' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove the authenticator app?' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    const stepUp = await screen.findByRole('dialog', { name: 'Confirm it’s you' });
    await user.type(await within(stepUp).findByLabelText('6-digit code'), totpNow());
    await waitFor(() => expect(demo().totp).toBeNull());
    expect(await screen.findByRole('button', { name: 'Set up an authenticator app' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('turns two-step verification off only after a second factor is confirmed', async () => {
    const { totpNow } = enableTwoFactorForDemo({ session: true });
    const user = await openSecurity();
    await user.click(await screen.findByRole('button', { name: 'Turn off' }));
    const confirm = await screen.findByRole('dialog', { name: 'Turn off two-step verification?' });
    await user.click(within(confirm).getByRole('button', { name: 'Turn off' }));
    const stepUp = await screen.findByRole('dialog', { name: 'Confirm it’s you' });
    expect(demo().mfa).toBe(true);
    await user.type(await within(stepUp).findByLabelText('6-digit code'), totpNow());
    await waitFor(() => expect(demo().mfa).toBe(false));
    expect(await screen.findByText('Add a second step to signing in, so that a stolen password is not enough.')).toBeInTheDocument();
  });

  it('keeps everything when the confirmation is cancelled, and says so', async () => {
    enableTwoFactorForDemo({ session: true });
    const user = await openSecurity();
    await user.click(await screen.findByRole('button', { name: 'Create new codes' }));
    const confirm = await screen.findByRole('dialog', { name: 'Create new recovery codes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Create new codes' }));
    const stepUp = await screen.findByRole('dialog', { name: 'Confirm it’s you' });
    await user.click(within(stepUp).getByRole('button', { name: 'Cancel' }));
    expect(await within(confirm).findByText('Nothing was changed: the confirmation was cancelled.')).toBeInTheDocument();
    expect(demo().recoveryCodes).toHaveLength(6);
  });

  it('lists linked sign-in accounts and unlinks one after confirming', async () => {
    const { backend } = mockApi;
    const link = (provider: string, email: string) =>
      backend.state.identities.push({ $id: `${provider}-id`, createdAt: backend.clock.now(), updatedAt: backend.clock.now(), userId: demo().$id, provider, providerUid: '1', providerEmail: email, providerAccessToken: '', providerAccessTokenExpiry: null, providerRefreshToken: '' });
    link('github', 'ada@github.example');
    const user = await openSecurity();
    expect(await screen.findByText('ada@github.example')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Unlink GitHub' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unlink GitHub?' });
    await user.click(within(dialog).getByRole('button', { name: 'Unlink' }));
    await waitFor(() => expect(backend.state.identities).toHaveLength(0));
    expect(await screen.findByText('No other accounts are linked. Signing in with one links it.')).toBeInTheDocument();
  });

  it('refuses to unlink the only way in and says what to add first', async () => {
    const { backend } = mockApi;
    Object.assign(demo(), { passwordHash: null, passwordUpdate: null, emailVerification: false });
    backend.state.identities.push({ $id: 'github-id', createdAt: backend.clock.now(), updatedAt: backend.clock.now(), userId: demo().$id, provider: 'github', providerUid: '1', providerEmail: 'ada@github.example', providerAccessToken: '', providerAccessTokenExpiry: null, providerRefreshToken: '' });
    await openSecurity();
    expect(await screen.findByText('This is your only way to sign in. Set a password first.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unlink GitHub' })).toBeDisabled();
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { lastMessage, signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi } from '../../test/mock-api.ts';
import { renderApp } from '../../test/render.tsx';

beforeEach(() => signInAsDemo(DEMO_USER.email, DEMO_USER.password));

describe('PhonePage', () => {
  it('checks E.164, saves the number, texts a code and verifies it; a wrong code says so', async () => {
    const user = userEvent.setup();
    renderApp('/phone');
    await user.type(await screen.findByLabelText('Phone number'), '07700 900123');
    await user.type(screen.getByLabelText('Current password'), DEMO_USER.password);
    await user.click(screen.getByRole('button', { name: 'Save and text me a code' }));
    expect(await screen.findByText(/Enter the number with its country code/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Phone number'));
    await user.type(screen.getByLabelText('Phone number'), '+44 7700 900123');
    await user.click(screen.getByRole('button', { name: 'Save and text me a code' }));
    expect(await screen.findByText('Code sent to +447700900123.')).toBeInTheDocument();
    const code = lastMessage().code ?? '';
    await user.type(screen.getByLabelText('6-digit code'), code === '000000' ? '111111' : '000000');
    expect(await screen.findByText(/That code is wrong, expired or already used/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('6-digit code'));
    await user.type(screen.getByLabelText('6-digit code'), code);
    expect(await screen.findByText('Phone verified.')).toBeInTheDocument();
    expect(mockApi.backend.state.users[0]?.phoneVerification).toBe(true);
  });

  it('refuses a wrong password on the password field', async () => {
    const user = userEvent.setup();
    renderApp('/phone');
    await user.type(await screen.findByLabelText('Phone number'), '+447700900123');
    await user.type(screen.getByLabelText('Current password'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Save and text me a code' }));
    expect(await screen.findByText('The email or password is incorrect.')).toBeInTheDocument();
    expect(screen.getByLabelText('Current password')).toHaveAttribute('aria-invalid', 'true');
  });
});

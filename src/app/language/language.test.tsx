import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi } from '../../test/mock-api.ts';
import { renderApp } from '../../test/render.tsx';
import { readDeviceDisplay } from '../../lib/prefs/device-display.ts';

const root = document.documentElement;

function demoUser() {
  const user = mockApi.backend.state.users.find((u) => u.email === DEMO_USER.email);
  if (!user) throw new Error('no demo user');
  return user;
}

/** On /sign-in: German from the switcher, then the demo account's credentials. */
async function pickGermanThenSignIn() {
  const user = userEvent.setup();
  renderApp('/sign-in');
  await user.selectOptions(await screen.findByLabelText('Language'), 'Deutsch');
  await user.type(await screen.findByLabelText('E-Mail-Adresse'), DEMO_USER.email);
  await user.type(screen.getByLabelText('Passwort'), DEMO_USER.password);
  await user.click(screen.getByRole('button', { name: 'Anmelden' }));
}

describe('the language shown', () => {
  it('starts in the language given (the browser’s or this device’s), with lang and dir on <html>', async () => {
    renderApp('/sign-in', { language: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bei Test App anmelden' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeInTheDocument();
    await waitFor(() => expect([root.lang, root.dir]).toEqual(['de', 'ltr']));
  });

  it('switches on a signed-out page without a reload, flips the direction, and is remembered as chosen', async () => {
    const user = userEvent.setup();
    renderApp('/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Sign in to Test App' });
    await user.selectOptions(screen.getByLabelText('Language'), 'العربية');
    expect(await screen.findByRole('heading', { level: 1, name: 'تسجيل الدخول إلى \u2068Test App\u2069' })).toBeInTheDocument();
    expect([root.lang, root.dir]).toEqual(['ar', 'rtl']);
    expect(readDeviceDisplay()).toEqual({ language: 'ar', chosen: true });
    // Back to English: left to right again.
    await user.selectOptions(screen.getByLabelText('اللغة'), 'English');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Test App' })).toBeInTheDocument();
    expect(root.dir).toBe('ltr');
  });

  it('follows the account’s locale pref once signed in, and remembers its language on this device', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    demoUser().prefs = { locale: 'fr-CA' };
    renderApp('/profile');
    expect(await screen.findByRole('link', { name: 'Activité de sécurité' })).toBeInTheDocument();
    // Formats follow the pref as set; the words are French.
    await waitFor(() => expect([root.lang, root.dir]).toEqual(['fr-CA', 'ltr']));
    expect(readDeviceDisplay()).toEqual({ language: 'fr', theme: 'system' });
  });

  it('writes a language picked before signing in to an account that has none', async () => {
    demoUser().prefs = {};
    await pickGermanThenSignIn();
    await waitFor(() => expect(demoUser().prefs).toEqual({ locale: 'de' }));
    await waitFor(() => expect(readDeviceDisplay()).toEqual({ language: 'de', theme: 'system' }));
  });

  it('keeps an account’s own locale over the one picked before signing in', async () => {
    demoUser().prefs = { locale: 'ja' };
    await pickGermanThenSignIn();
    expect(await screen.findByRole('link', { name: 'プロフィール' })).toBeInTheDocument();
    expect(demoUser().prefs).toEqual({ locale: 'ja' });
  });
});

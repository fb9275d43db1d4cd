import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, mockApi } from '../../test/mock-api.ts';
import { renderApp } from '../../test/render.tsx';

/** The key/value editor and the raw JSON are under "Advanced", closed at first. */
async function openAdvanced(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('heading', { name: 'Advanced' }));
}

/** Save and Discard live in a bar that appears only with unsaved changes. */
const unsavedBar = () => screen.getByRole('region', { name: 'Unsaved changes' });

const demo = () => {
  const user = mockApi.backend.state.users[0];
  if (!user) throw new Error('no demo user');
  return user;
};

beforeEach(async () => {
  demo().prefs = { locale: 'en', timezone: 'Europe/London', theme: 'system', plan: 'pro', seats: 3 };
  await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
});

describe('PreferencesPage', () => {
  it('saves a typed control at once and applies the theme', async () => {
    const user = userEvent.setup();
    renderApp('/preferences');
    await user.selectOptions(await screen.findByLabelText('Theme'), 'dark');
    await waitFor(() => expect(demo().prefs.theme).toBe('dark'));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(demo().prefs).toMatchObject({ plan: 'pro', seats: 3 });
  });

  it('edits other keys with their types and writes only the changes over what another device saved meanwhile', async () => {
    const user = userEvent.setup();
    renderApp('/preferences');
    await openAdvanced(user);
    const seats = await screen.findByRole('group', { name: 'seats' });
    expect(within(seats).getByLabelText('Type')).toHaveValue('number');
    await user.clear(within(seats).getByLabelText('Value'));
    await user.type(within(seats).getByLabelText('Value'), '5');
    demo().prefs = { ...demo().prefs, addedElsewhere: true };
    await user.click(within(unsavedBar()).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(demo().prefs).toEqual({ locale: 'en', timezone: 'Europe/London', theme: 'system', plan: 'pro', seats: 5, addedElsewhere: true }));
  });

  it('asks which value to keep when another device changed the same key', async () => {
    const user = userEvent.setup();
    renderApp('/preferences');
    await openAdvanced(user);
    const plan = await screen.findByRole('group', { name: 'plan' });
    await user.clear(within(plan).getByLabelText('Value'));
    await user.type(within(plan).getByLabelText('Value'), 'team');
    demo().prefs = { ...demo().prefs, plan: 'enterprise' };
    await user.click(within(unsavedBar()).getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Changed on another device meanwhile' });
    expect(within(dialog).getByLabelText('Keep mine: "team"')).toBeChecked();
    await user.click(within(dialog).getByLabelText('Keep the other device’s: "enterprise"'));
    await user.click(within(dialog).getByRole('button', { name: 'Save with these choices' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(demo().prefs.plan).toBe('enterprise');
  });

  it('blocks saving past 64 kB and rejects a value that is not of its type', async () => {
    const user = userEvent.setup();
    renderApp('/preferences');
    await openAdvanced(user);
    const plan = await screen.findByRole('group', { name: 'plan' });
    await user.click(within(plan).getByLabelText('Value'));
    await user.paste('x'.repeat(66_000));
    expect(await screen.findByText('Preferences are limited to 64 KB. Remove something before saving.')).toBeInTheDocument();
    expect(within(unsavedBar()).getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.clear(within(plan).getByLabelText('Value'));
    const seats = screen.getByRole('group', { name: 'seats' });
    await user.clear(within(seats).getByLabelText('Value'));
    await user.type(within(seats).getByLabelText('Value'), 'three');
    expect(screen.getByText('Enter a number.')).toBeInTheDocument();
    expect(within(unsavedBar()).getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('adds and removes keys, and the raw JSON view refuses what is not an object', async () => {
    const user = userEvent.setup();
    renderApp('/preferences');
    await openAdvanced(user);
    await user.type(await screen.findByLabelText('New key'), 'beta');
    await user.click(screen.getByRole('button', { name: 'Add preference' }));
    const beta = screen.getByRole('group', { name: 'beta' });
    await user.selectOptions(within(beta).getByLabelText('Type'), 'boolean');
    await user.type(within(beta).getByLabelText('Value'), 'true');
    await user.click(screen.getByRole('button', { name: 'Remove plan' }));
    const raw = screen.getByLabelText('Raw JSON');
    await user.clear(raw);
    await user.type(raw, '[[1]');
    await user.click(screen.getByRole('button', { name: 'Apply JSON' }));
    expect(screen.getByText(/^This is not a JSON object/)).toBeInTheDocument();
    await user.click(within(unsavedBar()).getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('region', { name: 'Unsaved changes' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add preference' }));
    await user.type(screen.getByLabelText('New key'), 'seats');
    await user.click(screen.getByRole('button', { name: 'Add preference' }));
    expect(screen.getByText('That key exists already.')).toBeInTheDocument();
  });

  it('keys named __proto__, constructor and toString are keys like any other: added, saved, shown again', async () => {
    const user = userEvent.setup();
    renderApp('/preferences');
    await openAdvanced(user);
    for (const key of ['__proto__', 'constructor', 'toString']) {
      await user.type(await screen.findByLabelText('New key'), key);
      await user.click(screen.getByRole('button', { name: 'Add preference' }));
      expect(screen.queryByText('That key exists already.')).not.toBeInTheDocument();
      await user.type(within(screen.getByRole('group', { name: key })).getByLabelText('Value'), `value of ${key}`);
    }
    await user.click(within(unsavedBar()).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Unsaved changes' })).not.toBeInTheDocument());
    const stored = mockApi.backend.state.users.find((u) => u.email === DEMO_USER.email)?.prefs ?? {};
    for (const key of ['__proto__', 'constructor', 'toString']) {
      expect(Object.hasOwn(stored, key), key).toBe(true);
      expect(within(screen.getByRole('group', { name: key })).getByLabelText('Value')).toHaveValue(`value of ${key}`);
    }
  });
});

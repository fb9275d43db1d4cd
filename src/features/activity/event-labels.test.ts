import { describe, expect, it } from 'vitest';
import { createI18n } from '../../lib/i18n/i18n.ts';
import { eventLabel } from './event-labels.ts';

const { t } = createI18n();

describe('event labels', () => {
  it.each([
    ['user.create', 'Account created'],
    ['user.update', 'Account details changed'],
    ['session.create', 'Signed in'],
    ['session.delete', 'Signed out'],
    ['recovery.update', 'Password reset'],
    ['verification.update', 'Email or phone verified'],
    ['challenges.update', 'Two-step challenge passed'],
    ['target.delete', 'Push device removed'],
  ])('%s → %s', (event, label) => {
    expect(eventLabel(event, t)).toBe(label);
  });

  it('shows unknown event names as they are', () => {
    expect(eventLabel('team.create', t)).toBe('team.create');
  });
});

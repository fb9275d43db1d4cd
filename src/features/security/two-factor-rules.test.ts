import { describe, expect, it } from 'vitest';
import { canTurnOn, needsRecoveryCodesFirst, readySecondFactors } from './two-factor-rules.ts';

const none = { totp: false, email: false, phone: false, recoveryCode: false, custom: false };

describe('two-factor rules', () => {
  it('lists the second factors that are ready, authenticator first', () => {
    expect(readySecondFactors({ ...none, phone: true, totp: true })).toEqual(['totp', 'phone']);
    expect(readySecondFactors({ ...none, recoveryCode: true, custom: true })).toEqual([]);
  });

  it('refuses to turn on without a second factor; recovery codes alone are not one', () => {
    expect(canTurnOn(none)).toBe(false);
    expect(canTurnOn({ ...none, recoveryCode: true })).toBe(false);
    expect(canTurnOn({ ...none, email: true })).toBe(true);
    expect(canTurnOn({ ...none, totp: true })).toBe(true);
    expect(canTurnOn({ ...none, phone: true })).toBe(true);
  });

  it('shows recovery codes first only when there are none', () => {
    expect(needsRecoveryCodesFirst({ ...none, totp: true })).toBe(true);
    expect(needsRecoveryCodesFirst({ ...none, totp: true, recoveryCode: true })).toBe(false);
  });
});

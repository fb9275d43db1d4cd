import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearCooldowns } from './cooldown-storage.ts';
import { startCooldown } from './start-cooldown.ts';
import { useCooldown } from './use-cooldown.ts';

describe('resend cooldowns', () => {
  beforeEach(() => localStorage.clear());

  it('keep no email address or phone number in storage, and survive a remount', () => {
    startCooldown('magic-link:ada@example.com');
    startCooldown('phone-code:+14155550100');
    const stored = Object.keys(localStorage).join(' ') + Object.values(localStorage).join(' ');
    expect(stored).not.toContain('ada@example.com');
    expect(stored).not.toContain('4155550100');
    const { result } = renderHook(() => useCooldown('magic-link:ada@example.com'));
    expect(result.current.remaining).toBeGreaterThan(55);
    expect(renderHook(() => useCooldown('magic-link:eve@example.com')).result.current.remaining).toBe(0);
  });

  it('are all forgotten on sign-out', () => {
    const { result } = renderHook(() => useCooldown('email-code:ada@example.com'));
    act(() => result.current.start());
    clearCooldowns();
    expect(renderHook(() => useCooldown('email-code:ada@example.com')).result.current.remaining).toBe(0);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('account-dashboard:cooldown:'))).toEqual([]);
  });
});

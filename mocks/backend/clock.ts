import type { MockState } from './state.ts';

/**
 * The backend's notion of time: the wall clock plus the offset `/mock/clock` has added, kept in
 * state so it survives a reload. Tests move it forward instead of waiting.
 */
export interface Clock {
  now(): number;
  /** Moves time forward by `seconds`; returns the new time in ms. */
  advance(seconds: number): number;
}

export function createClock(getState: () => MockState, wallClock: () => number = Date.now): Clock {
  return {
    now: () => wallClock() + getState().clockOffset,
    advance(seconds) {
      getState().clockOffset += seconds * 1000;
      return wallClock() + getState().clockOffset;
    },
  };
}

/** Appwrite's datetime format: `2020-10-15T06:38:00.000+00:00`; unset dates are `""`. */
export function formatDate(ms: number | null): string {
  if (ms === null) return '';
  return new Date(ms).toISOString().replace('Z', '+00:00');
}

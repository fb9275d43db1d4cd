import { useCallback } from 'react';
import { AccountError } from '../client/errors.ts';
import { useStepUpController } from './step-up.ts';

export function isChallengeRequired(error: unknown): boolean {
  return error instanceof AccountError && error.status === 401 && error.type === 'user_challenge_required';
}

/** Runs `request`; if it needs a recent second factor, asks for one and runs it once more. */
export function useWithStepUp() {
  const stepUp = useStepUpController();
  return useCallback(
    async <T>(request: () => Promise<T>): Promise<T> => {
      try {
        return await request();
      } catch (error) {
        if (!isChallengeRequired(error)) throw error;
        await stepUp.confirm();
        return request();
      }
    },
    [stepUp],
  );
}

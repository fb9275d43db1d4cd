/** The mock-only control API under `/mock/…` (design §5). Not part of Appwrite. */
import { AppwriteError } from './errors.ts';
import { noContent, type BackendRequest, type BackendResponse } from './http.ts';
import type { SeedName } from './seed.ts';

export interface ControlTarget {
  reset(seed: SeedName): void;
}

function readJson(bodyText: string): Record<string, unknown> {
  try {
    const parsed: unknown = bodyText.trim() ? JSON.parse(bodyText) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new AppwriteError('general_argument_invalid', 'Invalid body: expected a JSON object.');
}

export function handleControl(target: ControlTarget, req: BackendRequest): BackendResponse {
  if (req.method === 'POST' && req.path === '/mock/reset') {
    const { seed = 'demo' } = readJson(req.bodyText);
    if (seed !== 'demo' && seed !== 'empty') {
      throw new AppwriteError('general_argument_invalid', 'Invalid `seed` param: Value must be one of (empty, demo)');
    }
    target.reset(seed);
    return noContent();
  }
  throw new AppwriteError('general_route_not_found');
}

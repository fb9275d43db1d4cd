import { useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from '../../lib/safe-redirect.ts';

/** Where to go after signing in or up: the safe `?next=` path, else the profile. */
export function useAfterAuth() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // `redirect` is accepted as a synonym (host apps and other account UIs use it).
  const next = safeNextPath(params.get('next') ?? params.get('redirect'));
  return {
    next,
    continue: () => void navigate(next ?? '/profile', { replace: true }),
    /** Carries `?next=` over to the sibling auth page. */
    withNext: (path: string) => (next ? `${path}?next=${encodeURIComponent(next)}` : path),
  };
}

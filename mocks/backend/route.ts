/** How an endpoint is declared: Appwrite's route labels as data, so the pipeline can apply them in order. */
import type { Context } from './context.ts';
import type { BackendResponse } from './http.ts';
import type { RateLimitRule } from './rate-limit.ts';
import type { Project, ProjectAuths } from './project.ts';
import type { ParamSpecs, ParamValues } from './validators.ts';

export type AuthMethod = keyof Pick<ProjectAuths, 'emailPassword' | 'magicURL' | 'emailOTP' | 'phone' | 'anonymous' | 'jwt'>;

export interface Route<S extends ParamSpecs = ParamSpecs> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Patterns with `:name` segments; the first is canonical (used in rate-limit keys), the rest are aliases. */
  paths: string[];
  /** `account` / `targets.write`: needs a signed-in user (guests get 401 general_unauthorized_scope); `public`: anyone. */
  scope: 'account' | 'targets.write' | 'public';
  /** `session`: refused while signed in; `mfa`: allowed while MFA is pending; `mfaProtected`: needs a recent challenge. */
  groups?: ('session' | 'mfa' | 'mfaProtected')[];
  authMethod?: AuthMethod;
  /** Whether a call may change state (to be persisted); default: every method but GET. */
  mutates?: boolean;
  /** When false for the project the route does not exist (404), e.g. logs on servers without audits. */
  available?: (project: Project) => boolean;
  rateLimit?: RateLimitRule;
  /** Param specs, or a function of the project when a rule depends on its settings (password policy, platforms). */
  params: S | ((project: Project) => S);
  action(ctx: Context, params: ParamValues<S>): BackendResponse;
}

/** Keeps each route's params and action typed together. */
export function defineRoute<S extends ParamSpecs>(route: Route<S>): Route {
  return route;
}

export interface RouteMatch {
  route: Route;
  pattern: string;
  pathParams: Record<string, string>;
}

/** A malformed escape (`%E0%A4%A`) stays as sent, for the param's validator to refuse, as Appwrite's does. */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith(':')) {
      if (!g) return null;
      params[w.slice(1)] = decodePathSegment(g);
    } else if (w !== g) {
      return null;
    }
  }
  return params;
}

/** Static segments win over `:params`, as in Appwrite's router (`/sessions/email` before `/sessions/:id`). */
export function findRoute(routes: Route[], project: Project, method: string, path: string): RouteMatch | null {
  let best: (RouteMatch & { score: number }) | null = null;
  for (const route of routes) {
    if (route.method !== method) continue;
    if (route.available && !route.available(project)) continue;
    for (const pattern of route.paths) {
      const pathParams = matchPattern(pattern, path);
      if (!pathParams) continue;
      const score = pattern.split('/').filter((s) => !s.startsWith(':')).length;
      if (!best || score > best.score) best = { route, pattern: route.paths[0] ?? pattern, pathParams, score };
    }
  }
  return best;
}

/**
 * One request through Appwrite's order (contract §1.7): project → caller → scope → blocked →
 * MFA gate → rate limit → auth method enabled → already signed in → recent challenge → params →
 * action. Every failure becomes Appwrite's error body; nothing escapes as an exception.
 */
import { resolveCaller } from './caller.ts';
import type { BackendOptions, Context } from './context.ts';
import { AppwriteError, errorBody } from './errors.ts';
import { header, json, type BackendRequest, type BackendResponse } from './http.ts';
import { verifiedExtraFactors } from './mfa.ts';
import { checkRateLimit, clearRateLimit, type RateLimitResult } from './rate-limit.ts';
import { findRoute, type Route } from './route.ts';
import type { MockState } from './state.ts';
import { validateParams } from './validators.ts';

const MFA_RECENT_MS = 1800 * 1000;

export function errorResponse(error: AppwriteError): BackendResponse {
  return json(error.status, errorBody(error), {
    'Cache-Control': 'no-cache, no-store, must-revalidate',
    Expires: '0',
    Pragma: 'no-cache',
  });
}

/** PHP's json_decode gives up beyond 512 levels; so does Appwrite, treating the body as empty. */
const MAX_JSON_DEPTH = 512;

function tooDeep(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const c of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > MAX_JSON_DEPTH) return true;
    } else if (c === '}' || c === ']') depth--;
  }
  return false;
}

/** JSON object bodies become params; a blank, malformed, too deep or non-object body counts as no params. */
function bodyParams(bodyText: string): Record<string, unknown> {
  if (tooDeep(bodyText)) return {};
  try {
    const parsed: unknown = JSON.parse(bodyText);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Query strings carry arrays as `name[0]=…&name[1]=…` or `name[]=…` (contract §4). Keys are the
 * client's: no prototype (`__proto__[]`, `constructor[]` are plain names), and a later `name[]` after a
 * plain `name` starts a list, as PHP's parse_str lets the last one win.
 */
function queryParams(query: URLSearchParams): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of query) {
    const array = /^(.+)\[\d*\]$/.exec(key);
    if (array?.[1]) {
      const previous = out[array[1]];
      const list: unknown[] = Array.isArray(previous) ? previous : [];
      list.push(value);
      out[array[1]] = list;
    } else {
      out[key] = value;
    }
  }
  return out;
}

function runStages(state: MockState, routes: Route[], req: BackendRequest, now: number, options: BackendOptions): BackendResponse {
  const match = findRoute(routes, state.project, req.method, req.path);
  if (!match) throw new AppwriteError('general_route_not_found');
  const { route, pattern, pathParams } = match;
  const result = stages(state, route, pattern, pathParams, req, now, options);
  result.stateChanged = route.mutates ?? route.method !== 'GET';
  return result;
}

function stages(
  state: MockState,
  route: Route,
  pattern: string,
  pathParams: Record<string, string>,
  req: BackendRequest,
  now: number,
  options: BackendOptions,
): BackendResponse {

  const projectId = header(req, 'x-appwrite-project') ?? req.query.get('project');
  if (projectId !== state.project.$id) throw new AppwriteError('project_not_found');

  const caller = resolveCaller(state, req, now);
  const ctx: Context = { state, req, now, caller, options };
  const user = caller.user;

  if (route.scope !== 'public' && !user) {
    throw new AppwriteError('general_unauthorized_scope', `User (role: guests) missing scopes (["${route.scope}"])`);
  }
  if (user && !user.status) throw new AppwriteError('user_blocked');

  const groups = route.groups ?? [];
  if (user && caller.via === 'session' && user.mfa && !groups.includes('mfa')) {
    if (verifiedExtraFactors(user).length > 0 && (caller.session?.factors.length ?? 0) < 2) {
      throw new AppwriteError('user_more_factors_required');
    }
  }

  const params = req.method === 'GET' ? queryParams(req.query) : bodyParams(req.bodyText);
  Object.assign(params, pathParams);

  let limited: RateLimitResult | null = null;
  if (route.rateLimit && state.project.rateLimits) {
    // A name with no value (a guest's userId, a missing param) leaves its part of the key empty.
    const values: Record<string, string> = { url: `${req.host}/v1${pattern}`, ip: req.ip };
    if (user) values.userId = user.$id;
    // A param that is not a string fills its key with nothing, like a missing one.
    for (const [name, value] of Object.entries(params)) if (typeof value === 'string') values[`param-${name}`] = value;
    limited = checkRateLimit(state.rateLimits, route.rateLimit, values, now);
    if (!limited.allowed) return withHeaders(errorResponse(new AppwriteError('general_rate_limit_exceeded')), limited.headers);
  }
  const rateHeaders = limited?.headers ?? {};

  try {
    if (route.authMethod && !state.project.auths[route.authMethod]) {
      throw new AppwriteError('user_auth_method_unsupported', AUTH_METHOD_DISABLED[route.authMethod]);
    }
    if (groups.includes('session') && caller.session) throw new AppwriteError('user_session_already_exists');
    if (groups.includes('mfaProtected')) {
      const updated = caller.session?.mfaUpdatedAt ?? null;
      if (updated === null || now - updated > MFA_RECENT_MS) throw new AppwriteError('user_challenge_required');
    }
    const specs = typeof route.params === 'function' ? route.params(state.project) : route.params;
    const values = validateParams(specs, params);
    const response = route.action(ctx, values);
    // Appwrite's `abuse-reset: [201]`: every route that resets answers 201 when it succeeds (failures throw).
    if (limited && route.rateLimit?.resetOnCreated) clearRateLimit(state.rateLimits, limited.keys);
    return withHeaders(response, rateHeaders);
  } catch (error) {
    if (error instanceof AppwriteError) return withHeaders(errorResponse(error), rateHeaders);
    throw error;
  }
}

const AUTH_METHOD_DISABLED: Record<string, string> = {
  emailPassword: 'Email / Password authentication is disabled for this project',
  magicURL: 'Magic URL authentication is disabled for this project',
  emailOTP: 'Email OTP authentication is disabled for this project',
  anonymous: 'Anonymous authentication is disabled for this project',
  phone: 'Phone authentication is disabled for this project',
  jwt: 'JWT authentication is disabled for this project',
};

function withHeaders(response: BackendResponse, headers: Record<string, string>): BackendResponse {
  response.headers = { ...response.headers, ...headers };
  return response;
}

export function runPipeline(
  state: MockState,
  routes: Route[],
  req: BackendRequest,
  now: number,
  options: BackendOptions,
): BackendResponse {
  try {
    return runStages(state, routes, req, now, options);
  } catch (error) {
    if (error instanceof AppwriteError) return errorResponse(error);
    console.error('[mock] unexpected error', error);
    return errorResponse(new AppwriteError('general_server_error'));
  }
}

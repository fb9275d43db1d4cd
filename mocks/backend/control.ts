/** The mock-only control API under `/v1/mock/…` (design §5). Not part of Appwrite. */
import type { Clock } from './clock.ts';
import { formatDate } from './clock.ts';
import { AppwriteError } from './errors.ts';
import { json, noContent, type BackendRequest, type BackendResponse } from './http.ts';
import { accountModel } from './models.ts';
import { consentPage } from './routes/oauth2.ts';
import type { SeedName } from './seed.ts';
import type { Project } from './project.ts';
import { decodePathSegment } from './route.ts';
import type { Faults, Message, MockState } from './state.ts';

export interface ControlTarget {
  readonly state: MockState;
  readonly clock: Clock;
  readonly requests: { method: string; path: string; status: number }[];
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

function bad(param: string, rule: string): AppwriteError {
  return new AppwriteError('general_argument_invalid', `Invalid \`${param}\` param: ${rule}`);
}

function messageModel(m: Message) {
  return { $id: m.$id, channel: m.channel, to: m.to, toName: m.toName, subject: m.subject, text: m.text, link: m.link, code: m.code, $createdAt: formatDate(m.createdAt) };
}

/** Merges a partial project, checking each known key's type; unknown keys are refused. */
function patchProject(project: Project, patch: Record<string, unknown>): void {
  const sample = project as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (key === '$id') throw bad(key, 'The project id cannot change; reset instead.');
    if (!(key in sample)) throw bad(key, 'Unknown project setting.');
    if (key === 'auths') {
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw bad(key, 'Value must be an object.');
      const auths = project.auths as unknown as Record<string, unknown>;
      for (const [name, setting] of Object.entries(value)) {
        if (!(name in auths)) throw bad(`auths.${name}`, 'Unknown auth setting.');
        if (typeof setting !== typeof auths[name]) throw bad(`auths.${name}`, `Value must be a ${typeof auths[name]}.`);
        if (typeof setting === 'number' && (!Number.isInteger(setting) || setting < 0)) throw bad(`auths.${name}`, 'Value must be a non-negative integer.');
      }
      Object.assign(auths, value);
    } else if (Array.isArray(sample[key])) {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw bad(key, 'Value must be a list of strings.');
      sample[key] = value.map(String);
    } else {
      if (typeof value !== typeof sample[key]) throw bad(key, `Value must be a ${typeof sample[key]}.`);
      sample[key] = value;
    }
  }
}

function parseFaults(body: Record<string, unknown>): Faults {
  const num = (key: string, fallback: number, max: number) => {
    const v = body[key] ?? fallback;
    if (typeof v !== 'number' || v < 0 || v > max) throw bad(key, `Value must be a number between 0 and ${max}.`);
    return v;
  };
  const paths = body.paths ?? [];
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string')) throw bad('paths', 'Value must be a list of path prefixes.');
  const offline = body.offline ?? false;
  if (typeof offline !== 'boolean') throw bad('offline', 'Value must be a boolean.');
  const failStatus = num('failStatus', 500, 599);
  if (failStatus < 400) throw bad('failStatus', 'Value must be an HTTP error status (400–599).');
  return { latencyMs: num('latencyMs', 0, 60_000), offline, failRate: num('failRate', 0, 1), failStatus, paths: paths as string[] };
}

export function handleControl(target: ControlTarget, req: BackendRequest): BackendResponse {
  const { state } = target;
  const route = `${req.method} ${req.path}`;

  if (route === 'POST /mock/reset') {
    const { seed = 'demo' } = readJson(req.bodyText);
    if (seed !== 'demo' && seed !== 'empty') throw bad('seed', 'Value must be one of (empty, demo)');
    target.reset(seed);
    return noContent();
  }
  if (route === 'GET /mock/messages') {
    const to = req.query.get('to');
    const messages = state.messages.filter((m) => !to || m.to.toLowerCase() === to.toLowerCase()).reverse();
    return json(200, { total: messages.length, messages: messages.map(messageModel) });
  }
  if (route === 'DELETE /mock/messages') {
    state.messages = [];
    return noContent();
  }
  if (route === 'GET /mock/project') return json(200, state.project);
  if (route === 'PATCH /mock/project') {
    const next = structuredClone(state.project);
    patchProject(next, readJson(req.bodyText));
    state.project = next;
    return json(200, state.project);
  }
  if (req.method === 'PATCH' && req.path.startsWith('/mock/users/')) {
    const user = state.users.find((u) => u.$id === decodePathSegment(req.path.slice('/mock/users/'.length)));
    if (!user) throw new AppwriteError('user_not_found');
    const { status } = readJson(req.bodyText);
    if (typeof status !== 'boolean') throw bad('status', 'Value must be a valid boolean');
    user.status = status;
    return json(200, accountModel(user));
  }
  if (route === 'POST /mock/clock') {
    const { advance } = readJson(req.bodyText);
    if (typeof advance !== 'number' || !Number.isFinite(advance) || advance < 0) throw bad('advance', 'Value must be a non-negative number of seconds.');
    return json(200, { now: formatDate(target.clock.advance(advance)) });
  }
  if (route === 'GET /mock/clock') return json(200, { now: formatDate(target.clock.now()) });
  if (route === 'GET /mock/requests') return json(200, { requests: target.requests });
  if (route === 'DELETE /mock/requests') {
    target.requests.length = 0;
    return noContent();
  }
  if (route === 'PUT /mock/faults') {
    state.faults = parseFaults(readJson(req.bodyText));
    return json(200, state.faults);
  }
  if (route === 'DELETE /mock/faults') {
    state.faults = null;
    return noContent();
  }
  if (route === 'GET /mock/oauth2/authorize') {
    return consentPage({ apiRoot: `http://${req.host}/v1`, project: state.project, jwtKey: state.jwtKey }, req.query.get('state') ?? '');
  }
  throw new AppwriteError('general_route_not_found');
}

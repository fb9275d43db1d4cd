/** The backend's framework-free request/response shapes; adapters (MSW, node:http) convert to these. */

export interface BackendRequest {
  method: string;
  /** Path below the API root, e.g. `/account/sessions/current` (no `/v1`). */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Raw body text ('' when none); parsed by the pipeline so malformed JSON becomes a 400. */
  bodyText: string;
  /** Client address as the server sees it. */
  ip: string;
  /** Host the request was sent to (for rate-limit `{url}` keys and cookie domains). */
  host: string;
}

export interface BackendResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON-serialisable body; undefined for 204 (and when `text` is set). */
  body?: unknown;
  /** A non-JSON body (the OAuth2 HTML pages); its Content-Type is in `headers`. */
  text?: string;
  /** Set by the pipeline: the call may have changed state, so persist it. */
  stateChanged?: boolean;
  /** Fault injection for adapters: wait this long first, or fail at the network level. */
  delayMs?: number;
  networkError?: boolean;
  /** Cookies to set (HTTP server mode); browser adapters ignore them. */
  cookies?: { name: string; value: string; expires: number; httpOnly: boolean; sameSite?: 'None' }[];
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): BackendResponse {
  return { status, body, headers: { 'Content-Type': 'application/json; charset=UTF-8', ...headers } };
}

export function noContent(headers: Record<string, string> = {}): BackendResponse {
  return { status: 204, headers };
}

export function html(status: number, text: string, headers: Record<string, string> = {}): BackendResponse {
  return { status, text, headers: { 'Content-Type': 'text/html; charset=UTF-8', ...headers } };
}

export function redirect(location: string, headers: Record<string, string> = {}): BackendResponse {
  return { status: 301, headers: { Location: location, 'Cache-Control': 'no-store', ...headers } };
}

export function header(req: BackendRequest, name: string): string | undefined {
  return req.headers[name.toLowerCase()];
}

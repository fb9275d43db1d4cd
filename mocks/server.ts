/**
 * The mock Account API as a real HTTP server on loopback, for this dashboard or any Appwrite SDK
 * (started by `npm run mock:server`, see serve.ts).
 * Sessions travel as Appwrite's do: `a_session_<project>` cookies, plus `X-Fallback-Cookies` when the
 * calling page is on another domain; CORS answers the project's Web platforms, with credentials.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { bodyTooLarge, createBackend, MAX_BODY_BYTES, type Backend, type BackendConfig } from './backend/backend.ts';
import { AppwriteError, errorBody } from './backend/errors.ts';
import { hostError } from './backend/host.ts';
import type { BackendRequest, BackendResponse } from './backend/http.ts';
import { errorResponse } from './backend/pipeline.ts';
import { isAllowedHostname } from './backend/redirect.ts';
import { readBody } from './read-body.ts';

/** Binding elsewhere than loopback serves the control API (state, outbox codes) to the network. */
export function nonLoopbackWarning(bindHost: string): string | null {
  if (/^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i.test(bindHost)) return null;
  return `Warning: listening on ${bindHost}, not loopback. Anyone who can reach it can reset the mock, move its clock and read the codes it sends; requests must name a loopback host or a --platform.`;
}

const ALLOWED_HEADERS = [
  'Content-Type', 'Content-Range', 'Range', 'Accept', 'X-Appwrite-Project', 'X-Appwrite-Key', 'X-Appwrite-Locale',
  'X-Appwrite-Mode', 'X-Appwrite-JWT', 'X-Appwrite-Response-Format', 'X-Appwrite-Timeout', 'X-Appwrite-Session',
  'X-Fallback-Cookies', 'X-SDK-Version', 'X-SDK-Name', 'X-SDK-Language', 'X-SDK-Platform', 'X-SDK-GraphQL',
  'X-Appwrite-ID', 'X-Appwrite-Timestamp', 'Content-Length',
].join(', ');

/** The request target, or null when not even a path can be read from it. */
function requestUrl(target: string): URL | null {
  try {
    return new URL(target, 'http://localhost');
  } catch {
    return null;
  }
}

function corsHeaders(backend: Backend, origin: string | undefined): Record<string, string> {
  if (!origin) return {};
  let hostname: string;
  try {
    hostname = new URL(origin).hostname;
  } catch {
    return {};
  }
  if (!isAllowedHostname(backend.state.project, hostname)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Expose-Headers': 'X-Appwrite-Session, X-Fallback-Cookies',
    'Access-Control-Max-Age': '86400',
    Vary: 'Origin',
  };
}

function unknownOrigin(origin: string): AppwriteError {
  let host = origin;
  try {
    host = new URL(origin).host;
  } catch {
    // shown as sent
  }
  return new AppwriteError('general_unknown_origin', `Invalid Origin. Register your new client (${host}) as a new Web platform on your project console dashboard`);
}

function setCookieHeaders(response: BackendResponse, secure: boolean): string[] {
  return (response.cookies ?? []).map((c) => {
    const parts = [`${c.name}=${encodeURIComponent(c.value)}`, `expires=${new Date(c.expires).toUTCString()}`, 'path=/'];
    if (secure) parts.push('secure');
    if (c.httpOnly) parts.push('httponly');
    if (c.sameSite) parts.push(`samesite=${c.sameSite}`);
    return parts.join('; ');
  });
}

/** Like Appwrite, text responses go out Brotli- or gzip-compressed when the client accepts it (small ones as they are). */
const COMPRESS_FROM_BYTES = 1024;
function compress(body: string, acceptEncoding = '') {
  if (Buffer.byteLength(body) < COMPRESS_FROM_BYTES) return null;
  if (/\bbr\b/.test(acceptEncoding)) return { encoding: 'br', body: brotliCompressSync(body) };
  if (/\bgzip\b/.test(acceptEncoding)) return { encoding: 'gzip', body: gzipSync(body) };
  return null;
}

export function createMockHttpServer(config: BackendConfig = {}): { server: Server; backend: Backend } {
  const backend = createBackend({ fallbackCookies: 'cross-domain', ...config });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    // Before anything else: only loopback or registered names (a DNS-rebound page comes under its own).
    const host = req.headers.host ?? 'localhost';
    const badHost = hostError(backend.state.project, host);
    if (badHost) {
      send(res, errorResponse(badHost), {}, false);
      return;
    }
    const url = requestUrl(req.url ?? '/');
    const origin = req.headers.origin;
    const cors = corsHeaders(backend, origin);

    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, Server: 'Appwrite' }).end();
      return;
    }
    if (!url) {
      send(res, errorResponse(new AppwriteError('general_bad_request', 'Invalid request target.')), cors, false);
      return;
    }
    if (!url.pathname.startsWith('/v1/') && url.pathname !== '/v1') {
      send(res, errorResponse(new AppwriteError('general_route_not_found')), cors, false);
      return;
    }
    // Appwrite's CSRF guard, for the control API too: a browser request from an unregistered origin is
    // refused; one without Origin (server-to-server, tests, navigations) is not.
    if (origin && !cors['Access-Control-Allow-Origin']) {
      send(res, errorResponse(unknownOrigin(origin)), {}, false);
      return;
    }

    const bodyText = await readBody(req, MAX_BODY_BYTES);
    if (bodyText === null) {
      res.setHeader('Connection', 'close');
      send(res, errorResponse(bodyTooLarge()), cors, false);
      return;
    }
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[key] = value;
    const request: BackendRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname.slice('/v1'.length) || '/',
      query: url.searchParams,
      headers,
      bodyText,
      ip: req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1',
      host,
    };
    const response = backend.handle(request);
    if (response.delayMs) await new Promise((resolve) => setTimeout(resolve, response.delayMs));
    if (response.networkError) {
      req.socket.destroy();
      return;
    }
    send(res, response, cors, false, req.headers['accept-encoding']);
  }

  function send(res: ServerResponse, response: BackendResponse, cors: Record<string, string>, secure: boolean, acceptEncoding?: string) {
    const body = response.text ?? (response.body === undefined ? '' : JSON.stringify(response.body));
    res.statusCode = response.status;
    for (const [key, value] of Object.entries({ ...response.headers, ...cors })) res.setHeader(key, value);
    const cookies = setCookieHeaders(response, secure);
    if (cookies.length) res.setHeader('Set-Cookie', cookies);
    res.setHeader('Server', 'Appwrite');
    const compressed = compress(body, acceptEncoding);
    if (compressed) {
      res.setHeader('Content-Encoding', compressed.encoding);
      res.setHeader('Vary', 'Accept-Encoding');
    }
    res.end(compressed?.body ?? body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[mock server]', error);
      if (!res.headersSent) send(res, errorResponse(new AppwriteError('general_server_error')), {}, false);
    });
  });
  // What Node's HTTP parser refuses (a bad request line, header syntax, size) also gets Appwrite's body.
  server.on('clientError', (_error: Error, socket: Duplex) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const body = JSON.stringify(errorBody(new AppwriteError('general_bad_request')));
    socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: ${String(Buffer.byteLength(body))}\r\nServer: Appwrite\r\nConnection: close\r\n\r\n${body}`);
  });
  return { server, backend };
}

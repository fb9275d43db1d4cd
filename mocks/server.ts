/**
 * The mock Account API as a real HTTP server on loopback, for this dashboard or any Appwrite SDK
 * (started by `npm run mock:server`, see serve.ts).
 * Sessions travel as Appwrite's do: `a_session_<project>` cookies, plus `X-Fallback-Cookies` when the
 * calling page is on another domain; CORS answers the project's Web platforms, with credentials.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createBackend, type Backend, type BackendConfig } from './backend/backend.ts';
import { AppwriteError } from './backend/errors.ts';
import type { BackendRequest, BackendResponse } from './backend/http.ts';
import { errorResponse } from './backend/pipeline.ts';
import { isAllowedHostname } from './backend/redirect.ts';

const ALLOWED_HEADERS = [
  'Content-Type', 'Content-Range', 'Range', 'Accept', 'X-Appwrite-Project', 'X-Appwrite-Key', 'X-Appwrite-Locale',
  'X-Appwrite-Mode', 'X-Appwrite-JWT', 'X-Appwrite-Response-Format', 'X-Appwrite-Timeout', 'X-Appwrite-Session',
  'X-Fallback-Cookies', 'X-SDK-Version', 'X-SDK-Name', 'X-SDK-Language', 'X-SDK-Platform', 'X-SDK-GraphQL',
  'X-Appwrite-ID', 'X-Appwrite-Timestamp', 'Content-Length',
].join(', ');

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
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
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const origin = req.headers.origin;
    const cors = corsHeaders(backend, origin);

    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, Server: 'Appwrite' }).end();
      return;
    }
    if (!url.pathname.startsWith('/v1/') && url.pathname !== '/v1') {
      send(res, errorResponse(new AppwriteError('general_route_not_found')), cors, false);
      return;
    }
    // Appwrite's CSRF guard: a browser request from an unregistered origin is refused.
    if (origin && !cors['Access-Control-Allow-Origin'] && !url.pathname.startsWith('/v1/mock/')) {
      const host = (() => {
        try {
          return new URL(origin).host;
        } catch {
          return origin;
        }
      })();
      send(res, errorResponse(new AppwriteError('general_unknown_origin', `Invalid Origin. Register your new client (${host}) as a new Web platform on your project console dashboard`)), {}, false);
      return;
    }

    const bodyText = await readBody(req, 10 * 1024 * 1024);
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[key] = value;
    const request: BackendRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname.slice('/v1'.length) || '/',
      query: url.searchParams,
      headers,
      bodyText: bodyText ?? 'x'.repeat(10 * 1024 * 1024 + 1),
      ip: req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1',
      host: req.headers.host ?? 'localhost',
    };
    const response = backend.handle(request);
    if (response.delayMs) await new Promise((resolve) => setTimeout(resolve, response.delayMs));
    if (response.networkError) {
      req.socket.destroy();
      return;
    }
    send(res, response, cors, url.protocol === 'https:', req.headers['accept-encoding']);
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
  return { server, backend };
}

/** MSW adapter: every request under the endpoint goes through the framework-free backend. */
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import type { Backend } from '../backend/backend.ts';
import type { BackendRequest, BackendResponse } from '../backend/http.ts';

/** The worker sees the browser's address as loopback, like a local Appwrite would. */
const CLIENT_IP = '127.0.0.1';

export async function toBackendRequest(request: Request, endpoint: string): Promise<BackendRequest> {
  const url = new URL(request.url);
  const root = new URL(endpoint);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, key) => {
    headers[key.toLowerCase()] = value;
  });
  // MSW strips forbidden headers; the page's user agent is what Appwrite would read.
  headers['user-agent'] ??= typeof navigator === 'undefined' ? '' : navigator.userAgent;
  return {
    method: request.method.toUpperCase(),
    path: url.pathname.slice(root.pathname.replace(/\/$/, '').length) || '/',
    query: url.searchParams,
    headers,
    bodyText: request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text(),
    ip: CLIENT_IP,
    host: url.host,
  };
}

export function toResponse(response: BackendResponse): Response {
  if (response.networkError) return HttpResponse.error();
  const headers = new Headers(response.headers);
  headers.set('Access-Control-Expose-Headers', 'X-Appwrite-Session, X-Fallback-Cookies');
  const body = response.text ?? (response.body === undefined ? null : JSON.stringify(response.body));
  return new HttpResponse(body, { status: response.status, headers });
}

export function appwriteHandlers(backend: Backend, endpoint: string): RequestHandler[] {
  const root = endpoint.replace(/\/$/, '');
  return [
    http.all(`${root}/*`, async ({ request }) => {
      const response = backend.handle(await toBackendRequest(request, root));
      if (response.delayMs) await delay(response.delayMs);
      return toResponse(response);
    }),
  ];
}

/** Calls the backend in-process, the way the SDK would, and keeps the session like the SDK does. */
import { createBackend, type Backend, type BackendConfig } from '../backend.ts';
import type { BackendResponse } from '../http.ts';
import { sessionCookieName } from '../caller.ts';
import { DEFAULT_PROJECT_ID, DEMO_USER } from '../../../contract/demo.ts';

export const PROJECT = DEFAULT_PROJECT_ID;
export const CHROME_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.77 Safari/537.36';

export interface CallOptions {
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
  /** Skip the stored session (act as a fresh browser). */
  anonymous?: boolean;
}

export interface TestResponse {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
  /** A non-JSON body (the OAuth2 HTML pages). */
  text?: string;
  /** The cookies the response sets. */
  cookies?: BackendResponse['cookies'];
}

export function createTestClient(config: BackendConfig = {}) {
  const backend: Backend = createBackend({ seed: 'empty', ...config });
  let fallback: string | null = null;

  function call(method: string, path: string, options: CallOptions = {}): TestResponse {
    const headers: Record<string, string> = {
      'x-appwrite-project': PROJECT,
      'user-agent': CHROME_UA,
      ...(fallback && !options.anonymous ? { 'x-fallback-cookies': fallback } : {}),
      ...Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    };
    const response = backend.handle({
      method,
      path,
      query: new URLSearchParams(options.query),
      headers,
      bodyText: options.rawBody ?? (options.body === undefined ? (method === 'GET' ? '' : '{}') : JSON.stringify(options.body)),
      ip: '127.0.0.1',
      host: 'localhost',
    });
    const stored = response.headers['X-Fallback-Cookies'];
    if (stored && !options.anonymous) fallback = stored;
    return {
      status: response.status,
      headers: response.headers,
      body: (response.body ?? {}) as Record<string, unknown>,
      ...(response.text === undefined ? {} : { text: response.text }),
      ...(response.cookies === undefined ? {} : { cookies: response.cookies }),
    };
  }

  return {
    backend,
    call,
    /** The raw session value the client holds, for X-Appwrite-Session tests. */
    sessionValue(): string | undefined {
      if (!fallback) return undefined;
      const parsed = JSON.parse(fallback) as Record<string, string>;
      return parsed[sessionCookieName(PROJECT)];
    },
    forgetSession() {
      fallback = null;
    },
    /** The stored user record (the first one, or the one with this email). */
    user(email?: string) {
      const user = email ? backend.state.users.find((u) => u.email === email) : backend.state.users[0];
      if (!user) throw new Error(`no user ${email ?? ''}`);
      return user;
    },
    /** Every security-log row, oldest first. */
    logs() {
      return Object.values(backend.state.logs).flat().sort((a, b) => a.time - b.time);
    },
    /** The newest message in the mock inbox. */
    lastMessage() {
      return backend.state.messages.at(-1);
    },
    signUp(email = 'grace@example.com', password = 'hopper-compiler-1952', name = 'Grace Hopper') {
      return call('POST', '/account', { body: { userId: 'unique()', email, password, name } });
    },
    signIn(email = 'grace@example.com', password = 'hopper-compiler-1952') {
      return call('POST', '/account/sessions/email', { body: { email, password } });
    },
  };
}

/** A client signed in as a fresh user (grace@example.com); `setup` runs before sign-up (project settings). */
export function createSignedInClient(config: BackendConfig = {}, setup?: (api: TestClient) => void): TestClient {
  const api = createTestClient(config);
  setup?.(api);
  api.signUp();
  api.signIn();
  return api;
}

export type TestClient = ReturnType<typeof createTestClient>;

export { DEMO_USER };

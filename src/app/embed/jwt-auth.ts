/**
 * JWT auth for an embedded widget: every request carries the host's JWT and never the browser's
 * session (a request with both is refused: 403 `user_jwt_and_cookie_set`). A JWT lasts 15 minutes by
 * default; when the server answers 401 `user_jwt_invalid`, the host's `getJWT()` is asked once (one
 * renewal shared by every request that failed together) and the request is retried. If that fails
 * too, the widget is signed out: the request fails as a signed-out one, so every page and guard
 * handles it as they handle a session that ended.
 */
import { AppwriteException, type Client } from 'appwrite';
import type { JwtAuth } from './embed-options.ts';

const isJwtInvalid = (error: unknown) => error instanceof AppwriteException && error.type === 'user_jwt_invalid';

const signedOut = (cause: unknown) =>
  new AppwriteException(`The host app could not renew the JWT (${cause instanceof Error ? cause.message : String(cause)}).`, 401, 'general_unauthorized_scope');

/** The `sessionId` inside a JWT's payload (not verified: only used to mark the host's own session). */
export function jwtSessionId(jwt: string): string | null {
  try {
    const payload: unknown = JSON.parse(atob((jwt.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/')));
    const sessionId = (payload as { sessionId?: unknown }).sessionId;
    return typeof sessionId === 'string' ? sessionId : null;
  } catch {
    return null;
  }
}

/**
 * Makes `client` authenticate with the host's JWTs. Returns the session they stand for, and `forget()`:
 * the host signed out, so the widget drops its JWT and asks for no other.
 */
export function authenticateWithJwt(client: Client, auth: JwtAuth): { sessionId: () => string | null; forget: () => void } {
  let jwt = auth.jwt ?? null;
  let forgotten = false;
  if (jwt) client.setJWT(jwt);
  let renewing: Promise<void> | null = null;
  const renew = () =>
    (renewing ??= Promise.resolve()
      .then(() => {
        if (forgotten) throw new Error('the host signed out');
        return auth.getJWT();
      })
      .then((fresh) => {
        if (typeof fresh !== 'string' || !fresh) throw new Error('getJWT() returned no JWT');
        jwt = fresh;
        client.setJWT(fresh);
      })
      .finally(() => {
        renewing = null;
      }));

  const prepare = client.prepareRequest.bind(client);
  client.prepareRequest = (...args) => {
    const request = prepare(...args);
    // The SDK adds the session it keeps in localStorage (same-origin hosts); the JWT stands in for it.
    delete (request.options.headers as Record<string, string>)['X-Fallback-Cookies'];
    return { ...request, options: { ...request.options, credentials: 'omit' } };
  };

  const call = client.call.bind(client);
  client.call = async (...args): Promise<unknown> => {
    try {
      if (!jwt) await renew();
    } catch (error) {
      throw signedOut(error);
    }
    const sent = jwt;
    try {
      return (await call(...args)) as unknown;
    } catch (error) {
      if (!isJwtInvalid(error)) throw error;
    }
    try {
      // Another request may have renewed it meanwhile.
      if (jwt === sent) await renew();
    } catch (error) {
      throw signedOut(error);
    }
    try {
      return (await call(...args)) as unknown;
    } catch (error) {
      throw isJwtInvalid(error) ? signedOut(error) : error;
    }
  };
  return {
    sessionId: () => (jwt ? jwtSessionId(jwt) : null),
    forget() {
      forgotten = true;
      jwt = null;
      client.setJWT('');
    },
  };
}

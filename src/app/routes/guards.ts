/** Route loaders that gate on the cached account (fetched once, then served from the cache). */
import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import type { Account } from '../../api/account/account-cache.ts';
import { accountQueries } from '../../api/account/account-queries.ts';
import type { AppwriteApi } from '../../api/client/appwrite.ts';
import { isBlockedError, isSecondFactorRequired } from '../../api/client/errors.ts';
import type { MockInfo } from '../../config/runtime-config-context.tsx';
import { ignoreError } from '../../lib/ignore-error.ts';
import { nextTask } from '../../lib/next-task.ts';
import { secondStepPathFor, signInPathFor } from '../../lib/safe-redirect.ts';

export interface RouterDeps {
  queryClient: QueryClient;
  api: AppwriteApi;
  basename: string;
  /** Routes only mock builds have: the mock's OAuth2 consent page, which the router mounts with its words. */
  extraRoutes?: { path: string; Component: NonNullable<MockInfo['OAuthConsent']> }[];
  /**
   * True while the router's first navigation runs. Then loaders start their queries without waiting,
   * so a cold start paints the page's own text while its data loads; later navigations wait for data
   * (the old page stays until the new one can show everything, no skeleton flash).
   */
  initialLoad?: () => boolean;
}

/** The app-relative location of a loader request (the router's basename removed). */
export function appLocation(request: Request, basename: string) {
  const url = new URL(request.url);
  const base = basename.replace(/\/$/, '');
  const pathname = base && url.pathname.startsWith(base) ? url.pathname.slice(base.length) || '/' : url.pathname;
  return { pathname, search: url.search, hash: url.hash };
}

/** The cached account if there is one (the shell refreshes it in the background), else fetched. */
function currentAccount(deps: RouterDeps) {
  return deps.queryClient.query({ ...accountQueries.account(deps.api), staleTime: 'static' });
}

type AppLocation = { pathname: string; search: string; hash: string };

/**
 * Where a visitor of a signed-in page goes instead, from the account check's outcome: sign-in when signed
 * out, /mfa when a second step is pending, /deactivated when the account is blocked; null: stay. (The
 * errors first: a failed re-read keeps the account it had.) Used by the guards and both layouts.
 */
export function signedInElsewhere(account: Account | null | undefined, error: unknown, location: AppLocation): string | null {
  if (isSecondFactorRequired(error)) return secondStepPathFor(location);
  if (isBlockedError(error)) return '/deactivated';
  if (account === null) return signInPathFor(location);
  return null;
}

/** The account, or where to send the visitor instead (see signedInElsewhere). */
async function accountOrRedirect(deps: RouterDeps, location: AppLocation) {
  try {
    return signedInElsewhere(await currentAccount(deps), null, location);
  } catch (error) {
    const elsewhere = signedInElsewhere(undefined, error, location);
    if (elsewhere) return elsewhere;
    throw error;
  }
}

/**
 * Protected pages: signed-out visitors go to `/sign-in?next=<where they were going>`, a session waiting
 * for its second step to `/mfa?next=…`. On a cold start the check runs without blocking and the shell
 * redirects when it answers.
 */
export function requireAccount(deps: RouterDeps) {
  return async ({ request }: LoaderFunctionArgs) => {
    const cached = deps.queryClient.getQueryData(accountQueries.account(deps.api).queryKey);
    if (cached === undefined && deps.initialLoad?.()) {
      await nextTask(); // see warm()
      currentAccount(deps).catch(ignoreError);
      return null;
    }
    const elsewhere = await accountOrRedirect(deps, appLocation(request, deps.basename));
    if (elsewhere) throw redirect(elsewhere);
    return null;
  };
}

export function homeRedirect(deps: RouterDeps) {
  return async () => redirect((await accountOrRedirect(deps, { pathname: '/', search: '', hash: '' })) ?? '/profile');
}

/**
 * A page loader that starts the page's queries while its code loads (no waterfall) and, after the
 * first navigation, waits for them so the page renders with data. Callers swallow failures: they are
 * the page's to show.
 */
export function warm(deps: RouterDeps, load: (url: URL) => Promise<unknown>[]) {
  return async ({ request }: LoaderFunctionArgs) => {
    const initialLoad = deps.initialLoad?.() ?? false;
    // The router's start-up is one long task already (on a phone): the requests start in the next one.
    if (initialLoad) await nextTask();
    const queries = load(new URL(request.url));
    if (!initialLoad) await Promise.all(queries);
    return null;
  };
}

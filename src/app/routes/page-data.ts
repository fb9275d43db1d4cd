/**
 * What a signed-in page fetches, started by its route loader while the page's code loads (no
 * waterfall) and by the navigation when a link is hovered or focused.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { AppwriteApi } from '../../api/client/appwrite.ts';
import { sessionQueries } from '../../api/sessions/session-queries.ts';
import { ignoreError } from '../../lib/ignore-error.ts';

export interface PageDeps {
  queryClient: QueryClient;
  api: AppwriteApi;
}

/** Starts a page's queries; never rejects (failures are the page's to show). */
export type PageData = (deps: PageDeps, url: URL) => Promise<unknown>[];

/** By path; pages not listed need only the account, which the shell already has. */
export const PAGE_DATA: Partial<Record<string, PageData>> = {
  // Its query code loads with the request (not in the entry chunk), alongside the page's code.
  '/security': ({ queryClient, api }) => [
    import('../../api/mfa/mfa-queries.ts').then(({ mfaQueries }) => queryClient.query(mfaQueries.factors(api))).catch(ignoreError),
    import('../../api/identities.ts').then(({ identityQueries }) => queryClient.query(identityQueries.list(api))).catch(ignoreError),
  ],
  '/sessions': ({ queryClient, api }) => [queryClient.query(sessionQueries.list(api)).catch(ignoreError)],
  '/activity': ({ queryClient, api }, url) => [
    Promise.all([import('../../api/logs/log-queries.ts'), import('../../lib/pagination.ts')])
      .then(([{ logQueries }, { offsetFor, parsePageParams }]) => {
        const { page, limit } = parsePageParams(url.searchParams);
        return queryClient.query(logQueries.page(api, { limit, offset: offsetFor(page, limit) }));
      })
      .catch(ignoreError),
  ],
};

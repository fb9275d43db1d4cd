/** Page maths for limit/offset lists; pages are 1-based in the UI and in the URL. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export function pageCount(total: number, limit: number): number {
  return Math.max(1, Math.ceil(total / limit));
}

export function offsetFor(page: number, limit: number): number {
  return (Math.max(1, page) - 1) * limit;
}

/** Clamps a page to 1…last (a shared link may outlive the log it pointed into). */
export function clampPage(page: number, total: number, limit: number): number {
  return Math.min(Math.max(1, Math.floor(page) || 1), pageCount(total, limit));
}

/** "51–75 of 342": first and last item numbers on a page (0 and 0 for an empty list). */
export function pageRange(page: number, limit: number, total: number): { first: number; last: number } {
  const first = offsetFor(page, limit) + 1;
  return { first: Math.min(first, total), last: Math.min(first + limit - 1, total) };
}

/** Reads `?page=&limit=` with safe fallbacks. */
export function parsePageParams(params: URLSearchParams, defaultLimit: PageSize = 25): { page: number; limit: PageSize } {
  const limit = Number(params.get('limit'));
  const page = Number(params.get('page'));
  return {
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? (limit as PageSize) : defaultLimit,
    page: Number.isInteger(page) ? Math.max(1, page) : 1,
  };
}

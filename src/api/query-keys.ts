/** Every query key of the app, from general to specific. No key arrays anywhere else. */
export const accountKeys = {
  /** The signed-in account itself (`null` when signed out); prefix of everything below. */
  account: () => ['account'] as const,
  sessions: () => ['account', 'sessions'] as const,
  /** All pages of the security log, whatever their size. */
  logs: () => ['account', 'logs'] as const,
  logPage: (page: { limit: number; offset: number }) => ['account', 'logs', page] as const,
};

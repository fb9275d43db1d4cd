/** Every query key of the app, from general to specific. No key arrays anywhere else. */
export const accountKeys = {
  /** The signed-in account itself (`null` when signed out); prefix of everything below. */
  account: () => ['account'] as const,
};

/** The library's entry for pages without React: `mountAccountSettings` with its own copy of React inside. */
export { mountAccountSettings, type MountedAccountSettings } from './mount.tsx';
export { EmbedOptionsError, SECTIONS, THEME_TOKENS } from './embed-options.ts';
export type { EmbedDisplay, EmbedOptions, JwtAuth, Section, ThemeTokens, User } from './embed-options.ts';

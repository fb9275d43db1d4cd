/** The library's entry for pages without React: `mountAccountSettings` with its own copy of React inside. */
export { mountAccountSettings } from './mount.tsx';
export { EmbedOptionsError, SECTIONS, THEME_TOKENS } from './embed-options.ts';
export type { EmbedDisplay, EmbedOptions, JwtAuth, MountedAccountSettings, Section, ThemeTokens, User } from './embed-options.ts';

/**
 * The library's entry for React hosts (React and react-dom are the host's: peer dependencies). Its
 * stylesheet is `style.css` beside it. A page without React: `standalone.js`, the same with React inside.
 */
export { AccountSettings } from './account-settings.tsx';
export { mountAccountSettings } from './mount.tsx';
export { EmbedOptionsError, SECTIONS, THEME_TOKENS } from './embed-options.ts';
export type { EmbedDisplay, EmbedOptions, JwtAuth, MountedAccountSettings, Section, ThemeTokens, User } from './embed-options.ts';

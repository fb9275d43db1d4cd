/**
 * The options a host app gives `mountAccountSettings` (and `<AccountSettings>`), checked before anything
 * renders: a wiring mistake gets one error naming every problem, in words a host developer can act on.
 */
import type { Models } from 'appwrite';
import { ID_PATTERN } from '../../../contract/limits.ts';
import { isLanguage, type Language } from '../../lib/i18n/languages.ts';
import type { Theme } from '../../lib/prefs/display-prefs.ts';

/** The settings sections a host can show, in the app's own order (the default). */
export const SECTIONS = ['profile', 'email', 'phone', 'password', 'security', 'preferences', 'sessions', 'activity', 'deactivate'] as const;
export type Section = (typeof SECTIONS)[number];

/** Design tokens a host may set: each is the CSS variable the widget's styles read. */
export const THEME_TOKENS = {
  accent: '--color-accent',
  accentHover: '--color-accent-hover',
  accentText: '--color-accent-fg',
  canvas: '--color-canvas',
  surface: '--color-surface',
  subtle: '--color-subtle',
  border: '--color-border',
  borderStrong: '--color-border-strong',
  text: '--color-fg',
  mutedText: '--color-muted',
  danger: '--color-danger',
  success: '--color-success',
  radius: '--radius-control',
  cardRadius: '--radius-card',
  font: '--font-sans',
  spacing: '--spacing',
} as const;
export type ThemeTokens = Partial<Record<keyof typeof THEME_TOKENS, string>>;

/** JWT auth: the host gets JWTs from its own `account.createJWT()`; the widget asks again when one expires. */
export interface JwtAuth {
  /** A JWT to start with; without one, `getJWT()` is asked first. */
  jwt?: string;
  getJWT: () => Promise<string> | string;
}

export type User = Models.User<Record<string, unknown>>;

export interface EmbedOptions {
  /** The Appwrite API root, e.g. `https://cloud.appwrite.io/v1`. */
  endpoint: string;
  projectId: string;
  /** `'session'` (default): the browser's Appwrite session (same site); or JWTs from the host. */
  auth?: 'session' | JwtAuth;
  /**
   * Where this dashboard is deployed, e.g. `https://account.example.com/`: the links in verification
   * emails open its `/verify-email`. Without it they open `<this page's origin><basePath>verify-email`,
   * which the widget shows itself under `{ basePath }` routing; with memory routing, set it.
   */
  dashboardUrl?: string;
  /** `memory` (default): the widget keeps its own place; `{ basePath }`: it follows the host page's address under that path. */
  routing?: 'memory' | { basePath: string };
  /** The sections shown, in this order (default: all, in the app's order). */
  sections?: Section[];
  /** The section shown first (memory routing; default: the first of `sections`). */
  initialSection?: Section;
  /** The widget's language; default: the signed-in account's, else the browser's. */
  locale?: Language;
  /** Default: the account's theme pref. */
  theme?: Theme;
  tokens?: ThemeTokens;
  /** The widget found itself signed out: the session ended, or the host's JWT could not be renewed. */
  onSignOut?: () => void;
  /** The account changed in the widget (name, email, phone, prefs, two-factor…): the new account. */
  onAccountChange?: (user: User) => void;
  /** The widget moved to another section. */
  onNavigate?: (section: Section) => void;
}

/** What can change on a mounted widget without remounting it. */
export type EmbedDisplay = Pick<EmbedOptions, 'locale' | 'theme' | 'tokens'>;

/** What `mountAccountSettings` returns. */
export interface MountedAccountSettings {
  /** Changes the language, theme or tokens in place. */
  update: (display: EmbedDisplay) => void;
  /** Shows another of the sections (memory routing). */
  navigate: (section: Section) => void;
  /** The host signed out: the widget forgets the account and says it is signed out. */
  signOut: () => void;
  /** Removes the widget and everything it holds: listeners, timers, cache, DOM. */
  unmount: () => void;
}

export class EmbedOptionsError extends Error {
  override readonly name = 'EmbedOptionsError';
  constructor(readonly problems: string[]) {
    super(`mountAccountSettings: ${problems.join(' ')}`);
  }
}

const shown = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));
const isSection = (value: unknown): value is Section => SECTIONS.includes(value as Section);
const SECTION_LIST = SECTIONS.join(', ');

/** The display options' problems (also checked on `update()`). */
export function displayProblems({ locale, theme, tokens }: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (locale !== undefined && !isLanguage(locale)) problems.push(`"locale" must be one of en, de, fr, es, ja, ar (got ${JSON.stringify(locale)}).`);
  if (theme !== undefined && theme !== 'light' && theme !== 'dark' && theme !== 'system') {
    problems.push(`"theme" must be 'light', 'dark' or 'system' (got ${JSON.stringify(theme)}).`);
  }
  if (tokens !== undefined) {
    if (typeof tokens !== 'object' || tokens === null) problems.push(`"tokens" must be an object such as { accent: '#0b7285' } (got ${JSON.stringify(tokens)}).`);
    else {
      for (const [name, value] of Object.entries(tokens)) {
        if (!(name in THEME_TOKENS)) problems.push(`"tokens.${name}" is not a token; the tokens are ${Object.keys(THEME_TOKENS).join(', ')}.`);
        // A value is one CSS value: nothing that could end the declaration.
        else if (typeof value !== 'string' || !value.trim() || /[;{}]/.test(value)) problems.push(`"tokens.${name}" must be a CSS value such as "#0b7285" (got ${JSON.stringify(value)}).`);
      }
    }
  }
  return problems;
}

function authProblems(auth: unknown): string[] {
  if (auth === undefined || auth === 'session') return [];
  const { jwt, getJWT } = typeof auth === 'object' && auth !== null ? (auth as Record<string, unknown>) : {};
  if (typeof getJWT !== 'function') return [`"auth" must be 'session' or { jwt, getJWT } where getJWT() returns a fresh JWT from your account.createJWT() (got ${typeof auth === 'object' ? 'no getJWT function' : JSON.stringify(auth)}).`];
  if (jwt !== undefined && (typeof jwt !== 'string' || !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(jwt))) return ['"auth": its "jwt" must be a JWT as account.createJWT() returns it (three base64url parts).'];
  return [];
}

function sectionProblems({ sections, initialSection }: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (sections !== undefined && (!Array.isArray(sections) || !sections.length || !sections.every(isSection) || new Set(sections).size !== sections.length)) {
    problems.push(`"sections" must list one or more of ${SECTION_LIST}, each once (got ${JSON.stringify(sections)}).`);
  }
  if (initialSection !== undefined) {
    const offered: unknown[] = Array.isArray(sections) ? sections : [...SECTIONS];
    if (!isSection(initialSection) || !offered.includes(initialSection)) problems.push(`"initialSection" must be one of the sections shown (got ${JSON.stringify(initialSection)}).`);
  }
  return problems;
}

/** The options as given, checked; throws an EmbedOptionsError listing every problem. */
export function checkEmbedOptions(options: unknown): EmbedOptions {
  if (typeof options !== 'object' || options === null) throw new EmbedOptionsError(['Pass an options object: { endpoint, projectId }.']);
  const given = options as Record<string, unknown>;
  const problems: string[] = [];
  const { endpoint, projectId, routing } = given;
  if (typeof endpoint !== 'string' || !/^https?:\/\/[^/\s]+/.test(endpoint)) {
    problems.push(`"endpoint" must be your Appwrite API root, an http(s) URL such as https://cloud.appwrite.io/v1 (got ${shown(endpoint)}).`);
  }
  if (typeof projectId !== 'string' || !ID_PATTERN.test(projectId)) {
    problems.push(`"projectId" must be your Appwrite project's id: 1–36 characters of a–z, A–Z, 0–9, ".", "-", "_" (got ${shown(projectId)}).`);
  }
  problems.push(...authProblems(given.auth));
  if (given.dashboardUrl !== undefined && (typeof given.dashboardUrl !== 'string' || !/^https?:\/\/[^/\s?#]+(\/[^\s?#]*)?$/.test(given.dashboardUrl))) {
    problems.push(`"dashboardUrl" must be the http(s) address of your deployed dashboard, such as https://account.example.com/ (got ${JSON.stringify(given.dashboardUrl)}).`);
  }
  if (routing !== undefined && routing !== 'memory') {
    const basePath = typeof routing === 'object' && routing !== null ? (routing as { basePath?: unknown }).basePath : undefined;
    if (typeof basePath !== 'string' || !/^\/(?:[\w.~-]+\/)*$/.test(basePath)) {
      problems.push(`"routing" must be 'memory' or { basePath } with a path that starts and ends with "/", such as "/settings/" (got ${JSON.stringify(routing)}).`);
    }
  }
  problems.push(...sectionProblems(given), ...displayProblems(given));
  for (const name of ['onSignOut', 'onAccountChange', 'onNavigate']) {
    if (given[name] !== undefined && typeof given[name] !== 'function') problems.push(`"${name}" must be a function.`);
  }
  if (problems.length) throw new EmbedOptionsError(problems);
  return given as unknown as EmbedOptions;
}

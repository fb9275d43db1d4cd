/**
 * The messages between an iframe of `/embed/<section>` and its host page. Each is an object whose
 * `type` starts with `account-settings:`; anything else, or a known type of the wrong shape, is ignored.
 *
 * Host → frame: theme, locale, navigate, sign-out, jwt (the answer to jwt-request).
 * Frame → host: ready, resize, navigate, account-change, signed-out, jwt-request.
 */
import { ConfigError } from '../../../config/runtime-config.ts';
import { isLanguage, type Language } from '../../../lib/i18n/languages.ts';
import type { Theme } from '../../../lib/prefs/display-prefs.ts';
import { SECTIONS, type Section, type User } from '../embed-options.ts';

export const PREFIX = 'account-settings:';

export type HostMessage =
  | { type: 'account-settings:theme'; theme: Theme }
  | { type: 'account-settings:locale'; locale: Language }
  | { type: 'account-settings:navigate'; section: Section }
  | { type: 'account-settings:sign-out' }
  | { type: 'account-settings:jwt'; jwt: string };

export type FrameMessage =
  | { type: 'account-settings:ready'; section: Section | null }
  | { type: 'account-settings:resize'; height: number }
  | { type: 'account-settings:navigate'; section: Section }
  | { type: 'account-settings:account-change'; user: User }
  | { type: 'account-settings:signed-out' }
  | { type: 'account-settings:jwt-request' };

const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** A host's message, checked field by field; null for anything that is not exactly one. */
export function readHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'account-settings:theme':
      return message.theme === 'light' || message.theme === 'dark' || message.theme === 'system' ? { type: message.type, theme: message.theme } : null;
    case 'account-settings:locale':
      return isLanguage(message.locale) ? { type: message.type, locale: message.locale } : null;
    case 'account-settings:navigate':
      return SECTIONS.includes(message.section as Section) ? { type: message.type, section: message.section as Section } : null;
    case 'account-settings:sign-out':
      return { type: message.type };
    case 'account-settings:jwt':
      return typeof message.jwt === 'string' && message.jwt.length <= 4096 && JWT.test(message.jwt) ? { type: message.type, jwt: message.jwt } : null;
    default:
      return null;
  }
}

/** An origin exactly as browsers write it (`https://app.example.com`, `http://localhost:5173`: lower case, no default port, no path), or `self`. */
function isOrigin(value: unknown): value is string {
  if (value === 'self') return true;
  try {
    return typeof value === 'string' && /^https?:\/\//.test(value) && new URL(value).origin === value;
  } catch {
    return false;
  }
}

/** The runtime config's `embedOrigins`, checked; throws a ConfigError naming the problem. */
export function readEmbedOrigins(value: unknown): string[] {
  if (Array.isArray(value) && value.every(isOrigin)) return value;
  throw new ConfigError(['"embedOrigins" must be a list of origins such as ["https://app.example.com"] (scheme, host and port only, as browsers write them; "self" for this one).']);
}

/** The host origins a frame may talk to: the config's list, `self` being the frame's own origin. */
export function allowedOrigins(embedOrigins: readonly string[], ownOrigin: string): Set<string> {
  return new Set(embedOrigins.map((origin) => (origin === 'self' ? ownOrigin : origin)));
}

/**
 * The parent page's origin, if the browser says it and it is allowed: `location.ancestorOrigins`
 * (Chromium, Safari; every page up the chain must be allowed, as `frame-ancestors` requires), else the
 * referrer's origin. Null: this frame shows nothing and talks to nobody.
 */
export function parentOrigin(allowed: Set<string>, ancestorOrigins: readonly string[] | undefined, referrer: string): string | null {
  if (ancestorOrigins?.length) return ancestorOrigins.every((origin) => allowed.has(origin)) ? (ancestorOrigins[0] ?? null) : null;
  let origin: string | undefined;
  if (referrer) {
    try {
      origin = new URL(referrer).origin;
    } catch {
      origin = undefined;
    }
  }
  return origin !== undefined && allowed.has(origin) ? origin : null;
}

/**
 * One embedded widget's link to its host: what the pages need to know (EmbedHost), the display the
 * host chose (kept in a small store, so `update()` re-renders without remounting) and its callbacks.
 */
import type { EmbedHost } from '../../config/runtime-config-context.tsx';
import { SECTIONS, THEME_TOKENS, type EmbedDisplay, type Section } from './embed-options.ts';

export interface DisplayStore {
  get: () => EmbedDisplay;
  set: (display: EmbedDisplay) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createDisplayStore(initial: EmbedDisplay): DisplayStore {
  let display = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => display,
    set(next) {
      display = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The host's theme and tokens on the widget's root element: `data-theme` and CSS variables. */
export function applyDisplay(element: HTMLElement, { theme, tokens = {} }: EmbedDisplay, previous: EmbedDisplay = {}) {
  if (theme === 'light' || theme === 'dark') element.dataset.theme = theme;
  // 'system': the device's; none: the account's pref, which the layout applies (after this).
  else if (theme === 'system' || previous.theme) delete element.dataset.theme;
  for (const name of Object.keys(previous.tokens ?? {}) as (keyof typeof THEME_TOKENS)[]) {
    if (!(name in tokens)) element.style.removeProperty(THEME_TOKENS[name]);
  }
  for (const [name, value] of Object.entries(tokens) as [keyof typeof THEME_TOKENS, string][]) element.style.setProperty(THEME_TOKENS[name], value);
}

/** The section a widget path belongs to (`/verify-phone` is the phone section's); `basename`: the router's. */
export function sectionOf(pathname: string, basename = '/'): Section | null {
  const path = basename !== '/' && pathname.startsWith(basename) ? pathname.slice(basename.length - 1) : pathname;
  const first = path.split('/')[1] ?? '';
  if (first === 'verify-phone') return 'phone';
  return SECTIONS.find((section) => section === first) ?? null;
}

export function createEmbedHost({
  sections,
  auth,
  hostSessionId = () => null,
  chrome,
  onSignOut,
  linkBase = null,
}: {
  sections: readonly Section[];
  auth: EmbedHost['auth'];
  hostSessionId?: () => string | null;
  chrome: EmbedHost['chrome'];
  onSignOut?: (() => void) | undefined;
  linkBase?: string | null;
}): EmbedHost {
  return {
    sections: sections.map((section) => `/${section}`),
    auth,
    hostSessionId,
    chrome,
    signedOut: () => onSignOut?.(),
    linkBase,
  };
}

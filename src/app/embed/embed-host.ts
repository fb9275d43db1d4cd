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
  if (theme && theme !== 'system') element.dataset.theme = theme;
  else if (previous.theme) delete element.dataset.theme;
  for (const name of Object.keys(previous.tokens ?? {}) as (keyof typeof THEME_TOKENS)[]) {
    if (!(name in tokens)) element.style.removeProperty(THEME_TOKENS[name]);
  }
  for (const [name, value] of Object.entries(tokens) as [keyof typeof THEME_TOKENS, string][]) element.style.setProperty(THEME_TOKENS[name], value);
}

/** The section a widget path belongs to (`/verify-phone` is the phone section's). */
export function sectionOf(pathname: string): Section | null {
  const first = pathname.split('/')[1] ?? '';
  if (first === 'verify-phone') return 'phone';
  return SECTIONS.find((section) => section === first) ?? null;
}

export function createEmbedHost({
  sections,
  auth,
  hostSessionId = () => null,
  chrome,
  onSignOut,
}: {
  sections: readonly Section[];
  auth: EmbedHost['auth'];
  hostSessionId?: () => string | null;
  chrome: EmbedHost['chrome'];
  onSignOut?: (() => void) | undefined;
}): EmbedHost {
  return {
    sections: sections.map((section) => `/${section}`),
    auth,
    hostSessionId,
    chrome,
    signedOut: () => onSignOut?.(),
  };
}

/**
 * An embedded widget's display as its host chose it (kept in a small store, so `update()` re-renders
 * without remounting, and applied to the widget's root), and which section a path is in.
 */
import { SETTINGS_PAGES, type SettingsPageEntry } from '../routes/page-table.ts';
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

/** The section a settings page belongs to: its own, or the one it is part of (page-table.ts). */
export function sectionPath(page: SettingsPageEntry): string {
  return page.partOf ?? page.path;
}

/** The section a widget path is in (`/verify-phone`: the phone section); `basename`: the router's. */
export function sectionOf(pathname: string, basename = '/'): Section | null {
  const path = basename !== '/' && pathname.startsWith(basename) ? pathname.slice(basename.length - 1) : pathname;
  const page = SETTINGS_PAGES.find((entry) => entry.path === `/${path.split('/')[1] ?? ''}`);
  return SECTIONS.find((section) => page && `/${section}` === sectionPath(page)) ?? null;
}

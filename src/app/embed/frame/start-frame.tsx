/**
 * The iframe mode: `/embed/<section>` shows that section with no chrome of the app's own, sized to its
 * content (the host is told the height), and talks to the host page by `postMessage`, only if that
 * page's origin is in the runtime config's `embedOrigins` (see frame-messages.ts for the messages).
 * `?auth=jwt`: the host lends its JWTs (asked for with jwt-request) instead of the browser's session;
 * `?locale=` and `?theme=` set the start display. Opened outside a frame, it works alone. A bad
 * `embedOrigins` throws a ConfigError (the config error page says what is wrong).
 */
import type { MockInfo } from '../../../config/runtime-config-context.tsx';
import type { RuntimeConfig } from '../../../config/runtime-config.ts';
import { isLanguage } from '../../../lib/i18n/languages.ts';
import { SECTIONS, type Section } from '../embed-options.ts';
import { createWidget } from '../widget.tsx';
import { allowedOrigins, parentOrigin, readEmbedOrigins, readHostMessage, type FrameMessage } from './frame-messages.ts';

/** How long the host has to answer a jwt-request before the frame counts itself signed out. */
const JWT_WAIT_MS = 10_000;

/** The section an `/embed/<section>` path asks for, or null. */
export function frameSection(pathname: string, basePath: string): Section | null {
  const rest = pathname.startsWith(`${basePath}embed/`) ? pathname.slice(`${basePath}embed/`.length).replace(/\/$/, '') : null;
  return SECTIONS.find((section) => section === rest) ?? null;
}

export type FrameParent = ReturnType<typeof connectToParent>;

/**
 * The parent page, if it may show this frame; 'refused' if it may not (then the frame shows only a note,
 * and starts nothing: no mock, no request); null when not in a frame. Throws a ConfigError for a bad
 * `embedOrigins`.
 */
export function connectToParent(config: RuntimeConfig) {
  if (window.parent === window) return null;
  // Firefox has no ancestorOrigins (then the referrer tells).
  const ancestors = 'ancestorOrigins' in location ? Array.from(location.ancestorOrigins) : undefined;
  const origin = parentOrigin(allowedOrigins(readEmbedOrigins(config.embedOrigins), location.origin), ancestors, document.referrer);
  if (!origin) return 'refused' as const;
  return {
    post: (message: FrameMessage) => window.parent.postMessage(message, origin),
    /** Host messages: from the parent window, from its allowed origin, of a known shape. */
    listen(handle: (message: NonNullable<ReturnType<typeof readHostMessage>>) => void) {
      const onMessage = (event: MessageEvent) => {
        if (event.source !== window.parent || event.origin !== origin) return;
        const message = readHostMessage(event.data);
        if (message) handle(message);
      };
      window.addEventListener('message', onMessage);
      return () => window.removeEventListener('message', onMessage);
    },
  };
}

interface FrameStart {
  config: RuntimeConfig & { endpoint: string };
  mock: MockInfo | null;
  /** null: the path names no section (the frame says the page is not found). */
  section: Section | null;
  connection: FrameParent;
}

export function startFrame(container: HTMLElement, { config, mock, section, connection }: FrameStart) {
  const parent = connection === 'refused' ? null : connection;
  const params = new URLSearchParams(location.search);
  const locale = params.get('locale');
  const theme = params.get('theme');

  const jwtWaiters = new Set<(jwt: string) => void>();
  const getJWT = () =>
    new Promise<string>((resolve, reject) => {
      if (!parent) return reject(new Error('no host page to ask for a JWT'));
      const waiter = (jwt: string) => {
        clearTimeout(timer);
        resolve(jwt);
      };
      const timer = setTimeout(() => {
        jwtWaiters.delete(waiter);
        reject(new Error('the host page did not answer with a JWT'));
      }, JWT_WAIT_MS);
      jwtWaiters.add(waiter);
      parent.post({ type: 'account-settings:jwt-request' });
    });

  const widget = createWidget({
    container,
    // The frame's document is the widget's: lang, dir and theme on <html>; the title and this device's memory stay the app's.
    surface: { element: document.documentElement, ownsDocument: false, mainId: 'main' },
    config,
    mock,
    auth: params.get('auth') === 'jwt' ? { getJWT } : 'session',
    sections: SECTIONS,
    initialPath: connection === 'refused' ? '/not-allowed' : `/${section ?? 'not-found'}`,
    routing: 'memory',
    chrome: 'frame',
    display: {
      ...(isLanguage(locale) && { locale }),
      ...((theme === 'light' || theme === 'dark') && { theme }),
    },
    identifierPrefix: 'account-settings-',
    onSignOut: () => parent?.post({ type: 'account-settings:signed-out' }),
    onAccountChange: (user) => parent?.post({ type: 'account-settings:account-change', user }),
    onNavigate: (next) => parent?.post({ type: 'account-settings:navigate', section: next }),
  });
  if (!parent) return;

  parent.listen((message) => {
    if (message.type === 'account-settings:theme') widget.update({ theme: message.theme });
    else if (message.type === 'account-settings:locale') widget.update({ locale: message.locale });
    else if (message.type === 'account-settings:navigate') widget.navigate(message.section);
    else if (message.type === 'account-settings:sign-out') widget.signOut();
    else {
      const waiting = [...jwtWaiters];
      jwtWaiters.clear();
      for (const resolve of waiting) resolve(message.jwt);
    }
  });
  // The host sizes the iframe to the content: no scrollbar inside, nothing cut off.
  let height = 0;
  new ResizeObserver(() => {
    const next = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (next === height) return;
    height = next;
    parent.post({ type: 'account-settings:resize', height });
  }).observe(document.documentElement);
  parent.post({ type: 'account-settings:ready', section });
}

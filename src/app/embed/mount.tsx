/**
 * `mountAccountSettings(element, options)`: the account settings inside any host page, confined to one
 * element of it (see AppSurface); `unmount()` takes all of it away again.
 */
import { parseRuntimeConfig } from '../../config/runtime-config.ts';
import { checkEmbedOptions, EmbedOptionsError, SECTIONS, type EmbedOptions, type MountedAccountSettings } from './embed-options.ts';
import { createWidget } from './widget.tsx';

/** Each instance's `useId`s apart from the host's and from each other's. */
let instances = 0;

export function mountAccountSettings(element: HTMLElement, options: EmbedOptions): MountedAccountSettings {
  if (!(element instanceof HTMLElement)) throw new EmbedOptionsError(['Pass the element to show the settings in as the first argument.']);
  const { endpoint, projectId, auth = 'session', routing = 'memory', sections = [...SECTIONS], locale, theme, tokens } = checkEmbedOptions(options);
  const basePath = routing === 'memory' ? '/' : routing.basePath;

  // The widget's own root inside the host's element: it carries lang, dir, the theme and the tokens.
  const surfaceElement = element.appendChild(element.ownerDocument.createElement('div'));
  surfaceElement.className = 'account-settings';
  instances += 1;
  const prefix = `account-settings-${String(instances)}-`;
  const widget = createWidget({
    container: surfaceElement,
    surface: { element: surfaceElement, ownsDocument: false, mainId: `${prefix}main` },
    config: { ...parseRuntimeConfig({ endpoint, projectId, basePath }, basePath), endpoint },
    mock: null,
    auth,
    sections,
    initialPath: `/${options.initialSection ?? sections[0] ?? 'profile'}`,
    routing,
    chrome: 'widget',
    display: { locale, theme, tokens },
    identifierPrefix: prefix,
    linkBase: options.dashboardUrl ? `${options.dashboardUrl.replace(/\/$/, '')}/` : null,
    onSignOut: options.onSignOut,
    onAccountChange: options.onAccountChange,
    onNavigate: options.onNavigate,
  });
  return {
    ...widget,
    unmount() {
      widget.unmount();
      surfaceElement.remove();
    },
  };
}

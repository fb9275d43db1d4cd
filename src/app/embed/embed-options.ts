/**
 * The options a host app gives `mountAccountSettings` (and `<AccountSettings>`), checked before anything
 * renders: a wiring mistake gets one error naming every problem, in words a host developer can act on.
 */
import { ID_PATTERN } from '../../../contract/limits.ts';
import { isLanguage, type Language } from '../../lib/i18n/languages.ts';
import type { Theme } from '../../lib/prefs/display-prefs.ts';

export interface EmbedOptions {
  /** The Appwrite API root, e.g. `https://cloud.appwrite.io/v1`. */
  endpoint: string;
  projectId: string;
  /** `memory` (default): the widget keeps its own place; `{ basePath }`: it follows the host page's address under that path. */
  routing?: 'memory' | { basePath: string };
  /** The first section shown (memory routing), e.g. `/sessions`. */
  initialPath?: string;
  /** The widget's language; default: the signed-in account's, else the browser's. */
  locale?: Language;
  theme?: Theme;
}

export class EmbedOptionsError extends Error {
  override readonly name = 'EmbedOptionsError';
  constructor(readonly problems: string[]) {
    super(`mountAccountSettings: ${problems.join(' ')}`);
  }
}

const shown = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

/** The options as given, checked; throws an EmbedOptionsError listing every problem. */
export function checkEmbedOptions(options: unknown): EmbedOptions {
  if (typeof options !== 'object' || options === null) throw new EmbedOptionsError(['Pass an options object: { endpoint, projectId }.']);
  const given = options as Record<string, unknown>;
  const problems: string[] = [];
  const { endpoint, projectId, routing, initialPath, locale, theme } = given;
  if (typeof endpoint !== 'string' || !/^https?:\/\/[^/\s]+/.test(endpoint)) {
    problems.push(`"endpoint" must be your Appwrite API root, an http(s) URL such as https://cloud.appwrite.io/v1 (got ${shown(endpoint)}).`);
  }
  if (typeof projectId !== 'string' || !ID_PATTERN.test(projectId)) {
    problems.push(`"projectId" must be your Appwrite project's id: 1–36 characters of a–z, A–Z, 0–9, ".", "-", "_" (got ${shown(projectId)}).`);
  }
  if (routing !== undefined && routing !== 'memory') {
    const basePath = typeof routing === 'object' && routing !== null ? (routing as { basePath?: unknown }).basePath : undefined;
    if (typeof basePath !== 'string' || !/^\/(?:[\w.~-]+\/)*$/.test(basePath)) {
      problems.push(`"routing" must be 'memory' or { basePath } with a path that starts and ends with "/", such as "/settings/" (got ${JSON.stringify(routing)}).`);
    }
  }
  if (initialPath !== undefined && (typeof initialPath !== 'string' || !/^\/[\w/-]*$/.test(initialPath))) {
    problems.push(`"initialPath" must be a path of the widget such as "/sessions" (got ${JSON.stringify(initialPath)}).`);
  }
  if (locale !== undefined && !isLanguage(locale)) problems.push(`"locale" must be one of en, de, fr, es, ja, ar (got ${JSON.stringify(locale)}).`);
  if (theme !== undefined && theme !== 'light' && theme !== 'dark' && theme !== 'system') {
    problems.push(`"theme" must be 'light', 'dark' or 'system' (got ${JSON.stringify(theme)}).`);
  }
  if (problems.length) throw new EmbedOptionsError(problems);
  return given as unknown as EmbedOptions;
}

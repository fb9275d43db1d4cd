import { DEFAULT_PROJECT_ID } from '../../contract/demo.ts';
import { ID_PATTERN } from '../../contract/limits.ts';

/**
 * Runtime configuration: `config.json` next to index.html overrides the build-time `VITE_*`
 * defaults, so one build deploys anywhere. No endpoint means the embedded mock (where available).
 */

export const SIGN_IN_METHODS = ['emailPassword', 'magicUrl', 'emailCode', 'phoneCode', 'anonymous'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

export interface RuntimeConfig {
  /** Appwrite API root, e.g. `https://cloud.appwrite.io/v1`; null → mock mode. */
  endpoint: string | null;
  projectId: string;
  /** The app's name as users know it; '' when not configured. */
  appName: string;
  /** The app's logo above the sign-in card: an http(s) URL or a path on this site; '' for none. */
  logoUrl: string;
  signInMethods: SignInMethod[];
  /** OAuth2 providers offered as buttons (Appwrite provider ids, e.g. `github`). */
  oauthProviders: string[];
  /** Ask Appwrite for a security phrase with magic links / email codes and show it on screen. */
  securityPhrase: boolean;
  /** Router base path, e.g. `/account/`. Defaults to where the build is served from. */
  basePath: string;
  /** Show the raw preferences editor (every key, typed, and as JSON) under Preferences → Advanced. */
  advancedPrefs: boolean;
  /**
   * Origins of host apps that may show `/embed/<section>` in an iframe and exchange messages with it,
   * e.g. `https://app.example.com`; `self` is this app's own origin. Empty: the iframe mode talks to nobody.
   * As given: only the iframe mode reads it, and checks it then (app/embed/frame/frame-messages.ts).
   */
  embedOrigins: unknown;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

function buildDefaults(env: ImportMetaEnv): Record<string, unknown> {
  return {
    endpoint: env.VITE_APPWRITE_ENDPOINT || null,
    projectId: env.VITE_APPWRITE_PROJECT_ID || undefined,
    appName: env.VITE_APP_NAME || undefined,
    logoUrl: env.VITE_LOGO_URL || undefined,
    signInMethods: env.VITE_SIGN_IN_METHODS ? env.VITE_SIGN_IN_METHODS.split(',').map((m) => m.trim()) : undefined,
    basePath: env.VITE_BASE_PATH || undefined,
  };
}

const DEFAULTS = {
  projectId: DEFAULT_PROJECT_ID,
  // No name: the UI words itself without one ("Sign in", not "Sign in to Account").
  appName: '',
  signInMethods: ['emailPassword'] as SignInMethod[],
  oauthProviders: [] as string[],
  securityPhrase: false,
  advancedPrefs: false,
  embedOrigins: [] as unknown,
};

/** What the embedded mock supports, used when no endpoint (and no explicit choice) is configured. */
export const MOCK_DEFAULTS = {
  signInMethods: [...SIGN_IN_METHODS] as SignInMethod[],
  oauthProviders: ['github', 'google'],
  securityPhrase: true,
  advancedPrefs: true,
  // The example host (examples/host/) embeds the mock app from the same origin.
  embedOrigins: ['self'],
};

/** Validates a merged raw config; collects every problem so the operator sees them all at once. */
export function parseRuntimeConfig(raw: Record<string, unknown>, fallbackBasePath: string): RuntimeConfig {
  const problems: string[] = [];
  const defaults = raw.endpoint ? DEFAULTS : { ...DEFAULTS, ...MOCK_DEFAULTS };
  const str = (key: string): string | undefined => {
    const value = raw[key];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') {
      problems.push(`"${key}" must be a string.`);
      return undefined;
    }
    return value;
  };

  const endpoint = str('endpoint');
  if (endpoint !== undefined && !/^https?:\/\/[^/\s]+/.test(endpoint)) {
    problems.push(`"endpoint" must be an http(s) URL such as https://cloud.appwrite.io/v1 (got "${endpoint}").`);
  }
  const projectId = str('projectId') ?? DEFAULTS.projectId;
  if (!ID_PATTERN.test(projectId)) {
    problems.push(`"projectId" must be 1–36 characters of a–z, A–Z, 0–9, ".", "-", "_" (got "${projectId}").`);
  }
  const appName = str('appName') ?? DEFAULTS.appName;
  const logoUrl = str('logoUrl') ?? '';
  if (logoUrl && !/^(https?:\/\/[^/\s]+|\/(?!\/))/.test(logoUrl)) {
    problems.push(`"logoUrl" must be an http(s) URL or a path starting with "/" (got "${logoUrl}").`);
  }
  const basePath = str('basePath') ?? fallbackBasePath;
  if (!basePath.startsWith('/')) problems.push(`"basePath" must start with "/" (got "${basePath}").`);

  let signInMethods = defaults.signInMethods;
  const methods = raw.signInMethods;
  if (methods !== undefined && methods !== null) {
    if (!Array.isArray(methods) || methods.some((m) => !SIGN_IN_METHODS.includes(m as SignInMethod))) {
      problems.push(`"signInMethods" must be a list of: ${SIGN_IN_METHODS.join(', ')}.`);
    } else if (methods.length === 0) {
      problems.push('"signInMethods" must name at least one method.');
    } else {
      signInMethods = methods as SignInMethod[];
    }
  }

  let oauthProviders = defaults.oauthProviders;
  const providers = raw.oauthProviders;
  if (providers !== undefined && providers !== null) {
    if (!Array.isArray(providers) || providers.some((p) => typeof p !== 'string' || !/^[a-zA-Z0-9]+$/.test(p))) {
      problems.push('"oauthProviders" must be a list of Appwrite provider ids, e.g. ["github", "google"].');
    } else {
      oauthProviders = providers as string[];
    }
  }
  const embedOrigins = raw.embedOrigins ?? defaults.embedOrigins;

  const flag = (key: 'securityPhrase' | 'advancedPrefs'): boolean => {
    const value = raw[key];
    if (value === undefined || value === null) return defaults[key];
    if (typeof value === 'boolean') return value;
    problems.push(`"${key}" must be true or false.`);
    return defaults[key];
  };
  const securityPhrase = flag('securityPhrase');
  const advancedPrefs = flag('advancedPrefs');

  if (problems.length) throw new ConfigError(problems);
  return { endpoint: endpoint?.replace(/\/$/, '') ?? null, projectId, appName, logoUrl, signInMethods, oauthProviders, securityPhrase, basePath, advancedPrefs, embedOrigins };
}

/** Fetches `config.json` beside index.html; a missing file means "build defaults only". */
export async function loadRuntimeConfig(baseUrl: string, env: ImportMetaEnv = import.meta.env): Promise<RuntimeConfig> {
  let fromFile: Record<string, unknown> = {};
  const response = await fetch(`${baseUrl}config.json`, { cache: 'no-cache' }).catch(() => null);
  if (response?.ok) {
    try {
      const parsed: unknown = await response.json();
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      fromFile = parsed as Record<string, unknown>;
    } catch {
      throw new ConfigError(['config.json is not a valid JSON object.']);
    }
  }
  return resolveRuntimeConfig(fromFile, baseUrl, env);
}

/** config.json's values over the build's `VITE_*` defaults, validated. */
export function resolveRuntimeConfig(fromFile: Record<string, unknown>, baseUrl: string, env: ImportMetaEnv = import.meta.env) {
  const merged = { ...buildDefaults(env) };
  for (const [key, value] of Object.entries(fromFile)) if (value !== undefined) merged[key] = value;
  return parseRuntimeConfig(merged, baseUrl);
}

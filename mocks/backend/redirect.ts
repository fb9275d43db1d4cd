/**
 * Redirect URL params (`url`, `success`, `failure`): only http(s) URLs on the project's registered
 * Web platform hostnames, or the app's callback schemes (contract §1.6).
 */
import type { Project } from './project.ts';
import type { Validator } from './validators.ts';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isAllowedHostname(project: Project, hostname: string): boolean {
  if (project.platforms.includes(hostname)) return true;
  // A "localhost" platform also covers the loopback addresses.
  return LOOPBACK.has(hostname) && project.platforms.some((p) => LOOPBACK.has(p));
}

export function Redirect(project: Project): Validator<string> {
  const description = (host: string) =>
    `Invalid URI. Register your new client (${host}) as a new Web platform on your project console dashboard`;
  let lastHost = 'unknown';
  return {
    get description() {
      return description(lastHost);
    },
    parse(value) {
      if (typeof value !== 'string') return undefined;
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        lastHost = value;
        return undefined;
      }
      const scheme = url.protocol.replace(/:$/, '');
      if (scheme === `appwrite-callback-${project.$id}` || scheme === 'exp') return value;
      lastHost = url.host || value;
      if (scheme !== 'http' && scheme !== 'https') return undefined;
      return isAllowedHostname(project, url.hostname) ? value : undefined;
    },
  };
}

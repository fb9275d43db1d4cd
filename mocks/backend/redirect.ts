/**
 * Redirect URL params (`url`, `success`, `failure`): only http(s) URLs on the project's registered
 * Web platform hostnames, or the app's callback schemes (contract §1.6).
 */
import type { Project } from './project.ts';
import type { Validator } from './validators.ts';

/** The loopback names a "localhost" platform covers, written as Appwrite compares them (no other forms). */
export const LOOPBACK_HOSTNAMES: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isAllowedHostname(project: Project, hostname: string): boolean {
  if (project.platforms.includes(hostname)) return true;
  // A "localhost" platform also covers the loopback addresses.
  return LOOPBACK_HOSTNAMES.has(hostname) && project.platforms.some((p) => LOOPBACK_HOSTNAMES.has(p));
}

/**
 * The host as written in the URL, lower-cased (Appwrite reads it with parse_url + strtolower). The
 * WHATWG parser rewrites `[0:0:0:0:0:0:0:1]` to `[::1]` and `127.1` to `127.0.0.1`; comparing
 * those would let unregistered spellings through.
 */
function writtenHostname(value: string): string | null {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#\\]*@)?(\[[^\]/?#]*\]|[^:/?#\\]*)/i.exec(value);
  return authority?.[1]?.toLowerCase() ?? null;
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
      // The WHATWG parser drops tabs, newlines and edge spaces, so the URL checked would not be the value
      // kept; Appwrite's URL validation refuses them too.
      if (Array.from(value).some((c) => c <= ' ' || c === '\u007f')) {
        lastHost = value;
        return undefined;
      }
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        lastHost = value;
        return undefined;
      }
      const scheme = url.protocol.slice(0, -1); // `protocol` is the scheme and its colon
      if (scheme === `appwrite-callback-${project.$id}` || scheme === 'exp') return value;
      lastHost = url.host || value;
      if (scheme !== 'http' && scheme !== 'https') return undefined;
      // The browser goes where the WHATWG parser points: both readings must name the same allowed host.
      const written = writtenHostname(value);
      if (written !== null && written !== url.hostname) lastHost = written;
      return written === url.hostname && isAllowedHostname(project, url.hostname) ? value : undefined;
    },
  };
}

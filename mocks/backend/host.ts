/**
 * The `Host` a request was sent to (HTTP server mode). Only loopback names and the project's registered
 * platforms are served: a page on another site that rebinds its DNS name to 127.0.0.1 reaches the
 * server under its own name, and must not read the outbox or change the project.
 */
import { AppwriteError } from './errors.ts';
import type { Project } from './project.ts';
import { isAllowedHostname, LOOPBACK_HOSTNAMES } from './redirect.ts';

const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d{1,5}))?$/;

/** The lower-cased hostname of a well-formed `Host` (`name[:port]`, `[v6][:port]`, port ≤ 65535), else null. */
export function hostnameOf(host: string): string | null {
  const match = HOST.exec(host.toLowerCase());
  if (!match?.[1] || Number(match[2] ?? 0) > 65_535) return null;
  return match[1];
}

/** Null when the server may answer a request sent to `host`, else the error to answer with. */
export function hostError(project: Project, host: string): AppwriteError | null {
  const hostname = hostnameOf(host);
  if (hostname === null) return new AppwriteError('general_bad_request', 'Invalid `Host` header.');
  if (LOOPBACK_HOSTNAMES.has(hostname) || isAllowedHostname(project, hostname)) return null;
  return new AppwriteError('router_host_not_found');
}

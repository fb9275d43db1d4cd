/**
 * A strict Content-Security-Policy for the production build: after the pages are written (index.html
 * and the prerendered ones), each HTML file gets a `<meta http-equiv="Content-Security-Policy">` first
 * in its head, allowing this origin's files plus the exact inline scripts and styles of that file (by
 * hash: no 'unsafe-inline', no 'unsafe-eval'). The API's origin comes from the build's config; the
 * build prints the header an operator should send as well (a meta cannot say frame-ancestors).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function originOf(url: unknown): string | null {
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export interface PolicyInputs {
  scriptHashes: string[];
  styleHashes: string[];
  /** The API's origin; null when the build does not know it (then any origin may be called). */
  apiOrigin: string | null;
  /** An external logo's origin, if the config names one. */
  imageOrigin: string | null;
}

/** The policy's directives, as one string. */
export function buildPolicy({ scriptHashes, styleHashes, apiOrigin, imageOrigin }: PolicyInputs): string {
  const list = (...sources: (string | null)[]) => [...new Set(sources.filter((s): s is string => Boolean(s)))].join(' ');
  return [
    "default-src 'self'",
    `script-src ${list("'self'", ...scriptHashes)}`,
    `style-src ${list("'self'", ...styleHashes)}`,
    `img-src ${list("'self'", 'data:', imageOrigin)}`,
    `connect-src ${apiOrigin ? list("'self'", apiOrigin) : '*'}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The same inline code everywhere: what each file's head carries, by hash. */
export function inlineHashes(html: string) {
  return {
    scriptHashes: [...html.matchAll(INLINE_SCRIPT)].map((m) => sha256(m[1] ?? '')),
    styleHashes: [...html.matchAll(INLINE_STYLE)].map((m) => sha256(m[1] ?? '')),
  };
}

export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  // First in <head> (after the charset): it applies to what comes after it.
  if (html.includes('<meta charset="UTF-8" />')) return html.replace('<meta charset="UTF-8" />', () => `<meta charset="UTF-8" />\n    ${meta}`);
  return html.replace('<head>', () => `<head>\n    ${meta}`);
}

/** The `frame-ancestors` sources of the iframe mode: config.json's `embedOrigins` (`self` → 'self'). */
export function embedOrigins(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((origin) => (origin === 'self' ? ["'self'"] : typeof origin === 'string' && originOf(origin) === origin ? [origin] : []));
}

/**
 * The headers to send: no page may be framed, except the iframe mode's `/embed/…` pages by the
 * configured host origins (none configured: not those either).
 */
export function securityHeaders(policy: string, frameAncestors: string[]): string {
  const embedders = frameAncestors.length ? frameAncestors.join(' ') : "'none'";
  return [
    `# Every path except <base>/embed/*:`,
    `Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
    `# <base>/embed/* (the iframe mode; the origins of "embedOrigins" in config.json):`,
    `Content-Security-Policy: ${policy}; frame-ancestors ${embedders}`,
    `# Every path:`,
    'Strict-Transport-Security: max-age=63072000; includeSubDomains',
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: no-referrer',
  ].join('\n');
}

export function contentSecurityPolicy(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'content-security-policy',
    apply: (_, env) => env.command === 'build' && env.mode === 'production',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle: {
      // After the prerendered pages are written (their inline script and style are hashed too).
      order: 'post',
      handler() {
        const outDir = resolve(config.root, config.build.outDir);
        const publicConfig = join(outDir, 'config.json');
        const configJson = existsSync(publicConfig) ? (JSON.parse(readFileSync(publicConfig, 'utf8')) as Record<string, unknown>) : {};
        const apiOrigin = originOf(configJson.endpoint) ?? originOf(config.env.VITE_APPWRITE_ENDPOINT);
        const imageOrigin = originOf(configJson.logoUrl) ?? originOf(config.env.VITE_LOGO_URL);
        const allScripts = new Set<string>();
        const allStyles = new Set<string>();
        for (const name of readdirSync(outDir).filter((file) => file.endsWith('.html'))) {
          const file = join(outDir, name);
          const html = readFileSync(file, 'utf8');
          const hashes = inlineHashes(html);
          hashes.scriptHashes.forEach((h) => allScripts.add(h));
          hashes.styleHashes.forEach((h) => allStyles.add(h));
          writeFileSync(file, withPolicyMeta(html, buildPolicy({ ...hashes, apiOrigin, imageOrigin })));
        }
        const policy = buildPolicy({ scriptHashes: [...allScripts], styleHashes: [...allStyles], apiOrigin: apiOrigin ?? 'https://<your Appwrite endpoint>', imageOrigin });
        const headers = securityHeaders(policy, embedOrigins(configJson.embedOrigins));
        writeFileSync(join(outDir, 'security-headers.txt'), `${headers}\n`);
        config.logger.info(`\nSecurity headers for your host (also in ${config.build.outDir}/security-headers.txt):\n${headers.replace(/^/gm, '  ')}`);
        if (!apiOrigin) config.logger.warn('content-security-policy: no endpoint at build time (VITE_APPWRITE_ENDPOINT or public/config.json), so the pages allow calls to any origin (connect-src *). Send the header above with your endpoint.');
      },
    },
  };
}

/**
 * The iframe mode's pages: the one built frame.html becomes `embed/<section>.html` for every section
 * (the URL a host frames; static hosts and `vite preview` serve `/embed/profile` from
 * `embed/profile.html`), with the app's Content-Security-Policy meta in production builds.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { SECTIONS } from '../../src/app/embed/embed-options.ts';
import { buildPolicy, inlineHashes, withPolicyMeta } from '../plugins/content-security-policy.ts';

export const FRAME_HTML = 'src/app/embed/frame/frame.html';

function originOf(url: unknown): string | null {
  return typeof url === 'string' && /^https?:\/\//.test(url) ? new URL(url).origin : null;
}

export function framePages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'frame-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const built = join(outDir, FRAME_HTML);
      let html = readFileSync(built, 'utf8');
      if (config.mode === 'production') {
        const configFile = join(outDir, 'config.json');
        const runtime = existsSync(configFile) ? (JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>) : {};
        const apiOrigin = originOf(runtime.endpoint) ?? originOf(config.env.VITE_APPWRITE_ENDPOINT);
        html = withPolicyMeta(html, buildPolicy({ ...inlineHashes(html), apiOrigin, imageOrigin: null }));
      }
      mkdirSync(join(outDir, 'embed'), { recursive: true });
      for (const section of SECTIONS) writeFileSync(join(outDir, 'embed', `${section}.html`), html);
      rmSync(join(outDir, 'src'), { recursive: true, force: true });
    },
  };
}

/** `npm run dev`: `/embed/<section>` is the iframe mode's page (its module graph, the dev server's). */
export function frameDevServer(): Plugin {
  return {
    name: 'frame-dev-server',
    apply: 'serve',
    configureServer(server) {
      const base = server.config.base;
      server.middlewares.use((req, _res, next) => {
        const [path = '', query = ''] = (req.url ?? '').split('?');
        if (req.method === 'GET' && path.startsWith(`${base}embed/`) && (req.headers.accept ?? '').includes('text/html')) {
          req.url = `${base}${FRAME_HTML}${query ? `?${query}` : ''}`;
        }
        next();
      });
    },
  };
}

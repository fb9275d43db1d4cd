/**
 * The iframe mode's pages: the one built frame.html becomes `embed/<section>.html` for every section
 * (the URL a host frames; static hosts and `vite preview` serve `/embed/profile` from
 * `embed/profile.html`), with the app's Content-Security-Policy meta in production builds.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';
import { SECTIONS } from '../../src/app/embed/embed-options.ts';
import { buildPolicy, inlineHashes, withPolicyMeta } from '../plugins/content-security-policy.ts';

export const FRAME_HTML = 'src/app/embed/frame/frame.html';

/** The budget of a frame's first section, JavaScript gzip (as the app's pages): checked at every build. */
const FIRST_SECTION_BUDGET = 150 * 1024;

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
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
      const closure = (chunk: Rollup.OutputChunk | undefined, seen = new Set<Rollup.OutputChunk>()): Set<Rollup.OutputChunk> => {
        if (!chunk || seen.has(chunk)) return seen;
        seen.add(chunk);
        for (const file of chunk.imports) closure(chunks.find((other) => other.fileName === file), seen);
        return seen;
      };
      const entry = chunks.find((chunk) => chunk.isEntry);
      for (const page of ['profile', 'sessions']) {
        const pageChunk = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(`features/${page}/${page}-page.tsx`));
        const files = new Set([...closure(entry), ...closure(pageChunk)]);
        const bytes = [...files].reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0);
        config.logger.info(`iframe mode, /embed/${page}: ${(bytes / 1024).toFixed(1)} KB JavaScript gzip (budget ${String(FIRST_SECTION_BUDGET / 1024)} KB)`);
        if (bytes > FIRST_SECTION_BUDGET) this.error(`frame-pages: /embed/${page} loads ${(bytes / 1024).toFixed(1)} KB, over its budget`);
      }
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

/**
 * The last step of `npm run build:lib`: dist-lib/package.json (an `exports` map to the two entries, their
 * types and the stylesheet) and the size report: what a host's first section costs, gzip, and the
 * budget it must hold (JavaScript ≤ 150 KB with React inside, as the app's own pages; CSS apart, as there).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'dist-lib');
const BUDGET_KB = 150;

const app = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
const types = (entry: string) => `./types/src/app/embed/${entry}.d.ts`;

const manifest = {
  name: 'appwrite-account-settings',
  version: app.version,
  description: 'Account settings for apps on Appwrite, to embed in a host app: a React component, a mount function for any page.',
  type: 'module',
  exports: {
    '.': { types: types('index'), import: './index.js' },
    './standalone': { types: types('standalone'), import: './standalone.js' },
    './style.css': './style.css',
  },
  sideEffects: ['*.css'],
  files: ['index.js', 'standalone.js', 'chunks', 'standalone', 'style.css', 'types', 'README.md'],
  peerDependencies: { react: app.dependencies.react, 'react-dom': app.dependencies['react-dom'], appwrite: app.dependencies.appwrite },
  // standalone.js needs neither React nor react-dom; appwrite only lends its types (the `User` model).
  peerDependenciesMeta: { react: { optional: true }, 'react-dom': { optional: true }, appwrite: { optional: true } },
  license: 'MIT',
};
writeFileSync(join(out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(
  join(out, 'README.md'),
  `# appwrite-account-settings\n\nThe account settings of an app on Appwrite, embedded in your app. See the "Embedding" section of the\ndashboard's README for the options, the CSS layer and the iframe mode.\n\n\`\`\`js\nimport { mountAccountSettings } from 'appwrite-account-settings/standalone';\nimport 'appwrite-account-settings/style.css';\n\nconst widget = mountAccountSettings(document.querySelector('#settings'), { endpoint, projectId });\n\`\`\`\n`,
);

for (const path of Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))) {
  if (!existsSync(join(out, path))) throw new Error(`build:lib: the exports map names ${path}, which the build did not write`);
}

const gzip = (file: string) => gzipSync(readFileSync(join(out, file))).length;
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** A module and everything it imports statically (what loads before it runs). */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier] of readFileSync(join(out, file), 'utf8').matchAll(STATIC_IMPORT)) closure(posix.join(posix.dirname(file), specifier ?? ''), seen);
  return seen;
}

const chunk = (folder: string, prefix: string) => {
  const name = readdirSync(join(out, folder)).find((file) => file.startsWith(prefix) && file.endsWith('.js'));
  if (!name) throw new Error(`build:lib: no ${prefix}*.js in dist-lib/${folder}`);
  return `${folder}/${name}`;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const css = gzip('style.css');
const rows: [string, string, number][] = [];
let over = false;
for (const [entry, folder, react] of [
  ['index.js', 'chunks', 'host’s own'],
  ['standalone.js', 'standalone', 'inside'],
] as const) {
  const files = new Set([...closure(entry), ...closure(chunk(folder, 'profile-page-'))]);
  const js = [...files].reduce((sum, file) => sum + gzip(file), 0);
  rows.push([`${entry} (React ${react})`, kb(gzip(entry)), js]);
  if (react === 'inside' && js > BUDGET_KB * 1024) over = true;
}
console.log('\nlibrary sizes (gzip)');
console.log(`  style.css: ${kb(css)}`);
for (const [name, entry, first] of rows) console.log(`  ${name}: entry ${entry}; first section (Profile), JavaScript with every import: ${kb(first)} (budget with React inside: ${String(BUDGET_KB)} KB)`);
if (over) {
  console.error(`build:lib: the standalone widget's first section is over its budget of ${String(BUDGET_KB)} KB`);
  process.exit(1);
}

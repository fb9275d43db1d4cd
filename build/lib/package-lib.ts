/**
 * The last step of `npm run build:lib`: dist-lib/package.json (an `exports` map to the two entries, their
 * types and the stylesheet) and a README, checked against what the build wrote. (The sizes: the builds
 * print them, build/plugins/first-section-size.ts.)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'dist-lib');

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

/**
 * The layering of the README's Layout section as an ESLint rule: imports only go down, and features do
 * not import each other. Each file's layer comes from its path; every import of a file (static,
 * re-export, dynamic with a literal path, `typeof import(…)`, `import.meta.glob` patterns, relative or
 * root-absolute) is resolved and checked against what the importing layer may import.
 *
 *   app (src/main.tsx, src/app) → features/<one> → components → api → lib → config → contract
 *   mocks (adapters) → mocks/backend → contract;   src/test: helpers for test files;   build, e2e: tooling
 */
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** @typedef {{ name: string, feature?: string }} Layer */

const toPosix = (/** @type {string} */ path) => path.split(sep).join('/');

/** @param {string} file an absolute path @returns {Layer | null} null: tooling (build/, e2e/, config files) */
export function layerOf(file) {
  // The trailing slash lets a folder (a glob's base) match like the files in it.
  const path = `${toPosix(relative(ROOT, file))}/`;
  const feature = /^src\/features\/([^/]+)\//.exec(path);
  if (feature) return { name: 'feature', feature: feature[1] };
  const rules = [
    [/^src\/components\//, 'components'],
    [/^src\/api\//, 'api'],
    [/^src\/lib\//, 'lib'],
    [/^src\/config\//, 'config'],
    [/^src\/test\//, 'test'],
    [/^src\//, 'app'], // src/app/, main.tsx and its stylesheet
    [/^contract\//, 'contract'],
    [/^mocks\/backend\//, 'mock-backend'],
    [/^mocks\//, 'mock'],
  ];
  for (const [pattern, name] of rules) if (pattern.test(path)) return { name };
  return null;
}

const BELOW_FEATURES = ['components', 'api', 'lib', 'config', 'contract'];
const IN_SRC = ['app', 'feature', 'test', ...BELOW_FEATURES.filter((name) => name !== 'contract')];

/** What each layer may import (a feature: itself and BELOW_FEATURES). */
const ALLOWED = {
  app: ['app', 'feature', ...BELOW_FEATURES],
  components: ['components', 'api', 'lib', 'config', 'contract'],
  api: ['api', 'lib', 'config', 'contract'],
  lib: ['lib', 'config', 'contract'],
  config: ['config', 'contract'],
  contract: ['contract'],
  test: ['app', 'feature', 'test', 'mock', 'mock-backend', ...BELOW_FEATURES],
  'mock-backend': ['mock-backend', 'contract'],
  mock: ['mock', 'mock-backend', 'contract'],
};

/**
 * @param {Layer} from @param {Layer} to
 * @param {{ isTest: boolean, dynamic: boolean, path: string }} how the importing file, and a dynamic import()
 */
export function allowed(from, to, { isTest, dynamic, path }) {
  // Test files under src/ use the shared helpers (which reach the mock through MSW).
  if (isTest && to.name === 'test' && IN_SRC.includes(from.name)) return true;
  if (from.name === 'feature') return to.name === 'feature' ? to.feature === from.feature : BELOW_FEATURES.includes(to.name);
  // start-backend.ts starts the mock worker with one dynamic import (production builds drop it).
  if (to.name === 'mock' && path === 'src/app/start-backend.ts') return dynamic;
  return (ALLOWED[from.name] ?? []).includes(to.name);
}

/** @param {Layer} from @param {Layer | null} to */
function why(from, to) {
  if (!to) return 'layered code does not import tooling (build/, e2e/, config files)';
  if (to.name === 'feature') return from.name === 'feature' ? 'features do not import each other; move what both need to components/ or lib/ (or compose them in app/)' : 'a layer below features never imports one; pass what it needs in';
  if (to.name === 'app') return 'app/ is the composition root: nothing imports it';
  if (to.name === 'test') return 'test helpers are for test files under src/';
  if (to.name === 'mock' || to.name === 'mock-backend') return from.name === 'contract' || from.name === 'mock-backend' ? 'the backend core depends on contract/ only' : 'src/ never imports the mock (app/start-backend.ts loads it with one dynamic import, tests through src/test/)';
  if (from.name === 'contract') return 'contract/ is the bottom layer: it imports nothing else';
  if (from.name === 'config') return 'config/ is the bottom layer of src: it imports only contract/';
  if (from.name === 'lib') return 'lib/ is below api/ and components/: take a plain shape instead';
  if (from.name === 'api') return 'api/ is below components/';
  if (from.name === 'mock-backend') return 'the backend core depends on contract/ only';
  return 'imports only go down the layers';
}

/** @param {Layer} layer */
const label = (layer) => (layer.feature ? `features/${layer.feature}` : layer.name);

/** `./x`, `../x` (from the importing file) or `/x` (from the repo root, as Vite reads it); else a package. */
function resolveSpecifier(/** @type {string} */ file, /** @type {string} */ specifier) {
  if (specifier.startsWith('.')) return resolve(dirname(file), specifier);
  if (specifier.startsWith('/')) return resolve(ROOT, `.${specifier}`);
  return null;
}

/** The fixed part of a glob pattern (up to its first wildcard), which names the folder it reads. */
const globBase = (/** @type {string} */ pattern) => pattern.replace(/^!/, '').replace(/[*?{[].*$/, '');

/** @type {import('eslint').Rule.RuleModule} */
const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports only go down the layers (README, Layout); features do not import each other.' },
    messages: { forbidden: '{{from}} may not import {{to}} ({{target}}): {{why}}.' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    const path = toPosix(relative(ROOT, file));
    const isTest = /\.test\.tsx?$/.test(file);
    /** @param {import('estree').Node} node @param {unknown} specifier @param {boolean} dynamic */
    const check = (node, specifier, dynamic = false) => {
      if (typeof specifier !== 'string') return;
      const target = resolveSpecifier(file, specifier);
      if (!target) return;
      const to = layerOf(target);
      if (to && allowed(from, to, { isTest, dynamic, path })) return;
      context.report({ node, messageId: 'forbidden', data: { from: label(from), to: to ? label(to) : 'tooling', target: toPosix(relative(ROOT, target)), why: why(from, to) } });
    };
    /** @param {any} node */
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      /** @param {any} node */
      ImportExpression: (node) => check(node.source, node.source.value, true),
      /** `typeof import('…')` in a type. @param {any} node */
      TSImportType: (node) => {
        const literal = node.argument?.literal ?? node.argument;
        check(node, literal?.value);
      },
      /** `import.meta.glob('…' | ['…', …])`: each pattern's folder. @param {any} node */
      CallExpression: (node) => {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.name !== 'glob' || callee.object.type !== 'MetaProperty') return;
        const [first] = node.arguments;
        const patterns = first?.type === 'ArrayExpression' ? first.elements : [first];
        for (const pattern of patterns) if (pattern?.type === 'Literal' && typeof pattern.value === 'string') check(pattern, globBase(pattern.value));
      },
    };
  },
};

export default { meta: { name: 'layers' }, rules: { imports: importsRule } };

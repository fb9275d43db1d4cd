/**
 * The layering of design.md §3 as an ESLint rule: imports only go down, and features do not import each
 * other. Each file's layer comes from its path; every relative import (static, re-export or dynamic
 * with a literal path) is resolved and checked against what that layer may import.
 *
 *   app (and main.tsx, embed) → features/<one> → components → api → lib → config → contract
 *   mocks (adapters) → mocks/backend → contract;   build, e2e, src/test: anything (tooling)
 */
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** @typedef {{ name: string, feature?: string }} Layer */

/** @param {string} file an absolute path @returns {Layer | null} */
export function layerOf(file) {
  const path = relative(ROOT, file).split(sep).join('/');
  const feature = /^src\/features\/([^/]+)\//.exec(path);
  if (feature) return { name: 'feature', feature: feature[1] };
  const rules = [
    [/^src\/(main\.tsx|app\/)/, 'app'],
    [/^src\/embed\//, 'embed'],
    [/^src\/components\//, 'components'],
    [/^src\/api\//, 'api'],
    [/^src\/lib\//, 'lib'],
    [/^src\/config\//, 'config'],
    [/^src\/test\//, 'test'],
    [/^contract\//, 'contract'],
    [/^mocks\/backend\//, 'mock-backend'],
    [/^mocks\//, 'mock'],
  ];
  for (const [pattern, name] of rules) if (pattern.test(path)) return { name };
  return null; // build/, e2e/, config files: tooling, not layered
}

const BELOW_FEATURES = ['components', 'api', 'lib', 'config', 'contract'];

/** What each layer may import (a feature: itself plus BELOW_FEATURES). */
const ALLOWED = {
  app: ['app', 'feature', ...BELOW_FEATURES],
  embed: ['embed', 'app', 'feature', ...BELOW_FEATURES],
  components: ['components', 'api', 'lib', 'config', 'contract'],
  api: ['api', 'lib', 'config', 'contract'],
  lib: ['lib', 'config', 'contract'],
  config: ['config', 'contract'],
  contract: ['contract'],
  test: ['app', 'embed', 'feature', 'test', 'mock', 'mock-backend', ...BELOW_FEATURES],
  'mock-backend': ['mock-backend', 'contract'],
  mock: ['mock', 'mock-backend', 'contract'],
};

const WHY = {
  feature: 'features do not import each other; move what both need to components/ or lib/ (or compose them in app/)',
  app: 'app/ is the composition root: nothing imports it',
  embed: 'embed/ is an entry point: nothing imports it',
  feature_any: 'a layer below features never imports one; pass what it needs in',
  mock: 'src/ never imports the mock (main.tsx loads it dynamically, tests through src/test/)',
  'mock-backend': 'src/ never imports the mock (main.tsx loads it dynamically, tests through src/test/)',
  api: 'lib/ is below api/: take a plain shape instead of an api type',
  components: 'this layer is below components/',
  config: 'config/ is the bottom layer of src: it imports only contract/',
  test: 'test helpers are for test files',
};

/** @param {Layer} layer */
const label = (layer) => (layer.feature ? `features/${layer.feature}` : layer.name);

/** @param {Layer} from @param {Layer} to @param {boolean} isTest @param {string} path */
export function allowed(from, to, isTest, path) {
  if (from.name === 'feature') {
    if (to.name === 'feature') return to.feature === from.feature;
    return BELOW_FEATURES.includes(to.name) || (isTest && to.name === 'test');
  }
  // main.tsx starts the mock worker (one dynamic import; production builds drop it).
  if (to.name === 'mock' && path === 'src/main.tsx') return true;
  if (isTest && to.name === 'test') return true;
  return (ALLOWED[from.name] ?? []).includes(to.name);
}

/** @type {import('eslint').Rule.RuleModule} */
const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports only go down the layers of design.md §3; features do not import each other.' },
    messages: { forbidden: '{{from}} may not import {{to}} ({{target}}): {{why}}.' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    const path = relative(ROOT, file).split(sep).join('/');
    const isTest = /\.test\.tsx?$/.test(file);
    /** @param {import('estree').Node & { source?: any }} node */
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = resolve(dirname(file), source.value);
      const to = layerOf(target);
      if (!to || allowed(from, to, isTest, path)) return;
      const why = WHY[to.name === 'feature' ? (from.name === 'feature' ? 'feature' : 'feature_any') : to.name] ?? 'imports only go down the layers';
      context.report({ node: source, messageId: 'forbidden', data: { from: label(from), to: label(to), target: relative(ROOT, target).split(sep).join('/'), why } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { meta: { name: 'layers' }, rules: { imports: importsRule } };

import type { Plugin } from 'vite';

/** `var E; (function (E) { E["Key"] = "value"; … })(E || (E = {}));`: TypeScript's output for a string enum. */
const STRING_ENUM = /var (\w+);\n\(function \(\1\) \{\n((?:\s+\1\["[^"\\]+"\] = "[^"\\]*";\n)+)\}\)\(\1 \|\| \(\1 = \{\}\)\);/g;

/** Rewrites string enums as object literals with the same keys and values. */
export function enumsAsObjectLiterals(code: string) {
  return code.replace(STRING_ENUM, (_match, name: string, body: string) => {
    const entries = [...body.matchAll(/\["([^"\\]+)"\] = ("[^"\\]*");/g)].map(([, key, value]) => `    "${key ?? ''}": ${value ?? ''},`);
    return `var ${name} = {\n${entries.join('\n')}\n};`;
  });
}

/**
 * Wraps `class C { … }` and the `C.method = …` statements after it (up to the next top-level
 * declaration) in a pure IIFE, so an unused C is dropped instead of kept for its assignments.
 */
export function classWithStaticsAsPure(code: string, name: string) {
  const start = code.indexOf(`\nclass ${name} {\n`);
  if (start < 0) return code;
  const next = /\n(?:const|let|var|class|function|export) /g;
  next.lastIndex = start + 1;
  const end = next.exec(code)?.index ?? code.length;
  const block = code.slice(start + 1, end);
  return `${code.slice(0, start + 1)}const ${name} = /* @__PURE__ */ (() => {\n${block}\nreturn ${name};\n})();\n${code.slice(end)}`;
}

/**
 * The SDK's enums (countries, time zones, browsers, …: ≈ 7 KB gzip) and its Query and Operator
 * builders are written in ways bundlers must keep even when unused; rewritten, they tree-shake.
 * src/api/client/appwrite-sdk-build.test.ts checks the rewritten SDK keeps its values.
 */
export function treeShakeableSdk(): Plugin {
  return {
    name: 'tree-shakeable-sdk',
    transform: {
      filter: { id: /node_modules\/appwrite\/dist\/esm\/sdk\.js$/ },
      handler: (code) => ({
        code: ['Query', 'Operator'].reduce(classWithStaticsAsPure, enumsAsObjectLiterals(code)),
        map: null,
      }),
    },
  };
}

// First-load JavaScript and CSS of every route of the production build (gzip), from Vite's manifest,
// checked against the budgets of issue 7 (and the prerendered pages' HTML). Exits 1 when one is exceeded,
// so `npm test` (CI) fails.
//
// A route needs: the entry chunk and its static imports, the layout chunk of its parent route (the
// settings shell for the settings pages of src/app/routes/page-table.ts), the page chunk and their static
// imports. "Route" is everything beyond the entry. Sizes are deterministic: this is a check, not a timing.
// Run with tsx (it reads the page table, a TypeScript module).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { AUTH_PAGES, SETTINGS_PAGES, SETTINGS_SHELL } from '../../src/app/routes/page-table.ts';

const BUDGET = { firstLoad: 150 * 1024, route: 25 * 1024, css: 12 * 1024, prerenderedHtml: 14 * 1024 };
const DIST = 'dist';
const SHELL = `src/${SETTINGS_SHELL.module}`;
const MODULE_SIZES = 'reports/bundle-modules.json';

const manifest = JSON.parse(readFileSync(`${DIST}/.vite/manifest.json`, 'utf8'));
const moduleSizes = existsSync(MODULE_SIZES) ? JSON.parse(readFileSync(MODULE_SIZES, 'utf8')) : {};
const gzipCache = new Map();
const gz = (file) => {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(`${DIST}/${file}`), { level: 9 }).length);
  return gzipCache.get(file);
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (keys) => [...keys].reduce((total, key) => total + gz(manifest[key].file), 0);

function closure(key, seen = new Set()) {
  if (!manifest[key] || seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}

/** A package name, or the source file's path under src/. */
const owner = (id) => id.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1').replace(/^src\//, '');

/** The biggest packages and files of some chunks: each module's share of its chunk's real gzip size. */
function largestModules(keys, count) {
  const shares = new Map();
  for (const key of keys) {
    const modules = moduleSizes[manifest[key].file] ?? [];
    const total = modules.reduce((t, m) => t + m.gzip, 0);
    for (const m of modules) {
      const share = total ? (gz(manifest[key].file) * m.gzip) / total : 0;
      shares.set(owner(m.id), (shares.get(owner(m.id)) ?? 0) + share);
    }
  }
  return [...shares]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, share]) => `${name} ${(share / 1024).toFixed(1)}`)
    .join(', ');
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const entry = closure(entryKey);
const settingsPages = new Set(SETTINGS_PAGES.map((page) => `src/${page.module}`));
const pages = [...new Set([...AUTH_PAGES, ...SETTINGS_PAGES].map((page) => `src/${page.module}`))];
for (const key of pages) if (!manifest[key]) throw new Error(`check-bundle: ${key} (page-table.ts) is not in the build's manifest`);

const rows = pages.map((key) => {
  const keys = closure(key, settingsPages.has(key) ? closure(SHELL) : new Set());
  const own = [...keys].filter((k) => !entry.has(k));
  const css = new Set([...entry, ...keys].flatMap((k) => manifest[k].css ?? []));
  return {
    route: key.replace(/^src\/features\//, '').replace(/\.tsx$/, ''),
    own,
    routeJs: sum(own),
    firstLoad: sum(entry) + sum(own),
    css: [...css].reduce((t, f) => t + gz(f), 0),
  };
});
rows.sort((a, b) => b.firstLoad - a.firstLoad);

const over = [];
const flag = (value, budget, what, route) => {
  if (value <= budget) return ' ';
  over.push(`${route}: ${what} ${kb(value)} > ${kb(budget)}`);
  return '!';
};

console.log(`Budgets (gzip): first load ≤ ${kb(BUDGET.firstLoad)}, route ≤ ${kb(BUDGET.route)}, CSS ≤ ${kb(BUDGET.css)}`);
console.log(`entry (with its static imports): ${kb(sum(entry))}; largest: ${largestModules(entry, 6)}\n`);
console.log(`${'route'.padEnd(34)}${'first load'.padStart(11)}${'route'.padStart(10)}${'CSS'.padStart(9)}   largest of the route (≈ KB)`);
for (const r of rows) {
  const first = `${kb(r.firstLoad)}${flag(r.firstLoad, BUDGET.firstLoad, 'first load', r.route)}`;
  const route = `${kb(r.routeJs)}${flag(r.routeJs, BUDGET.route, 'route', r.route)}`;
  const css = `${kb(r.css)}${flag(r.css, BUDGET.css, 'CSS', r.route)}`;
  console.log(`${r.route.padEnd(34)}${first.padStart(11)}${route.padStart(10)}${css.padStart(9)}   ${largestModules(r.own, 4)}`);
}

// Prerendered pages carry their markup and the CSS inline: they must still fit the first round trip (≈ 14 KB).
const prerendered = readdirSync(DIST).filter((file) => file.endsWith('.html') && file !== 'index.html');
const pageSizes = prerendered.map((file) => gzipSync(readFileSync(`${DIST}/${file}`)).length);
if (prerendered.length) {
  const largest = Math.max(...pageSizes);
  console.log(`\nprerendered pages: ${String(prerendered.length)}, HTML ${kb(Math.min(...pageSizes))}–${kb(largest)} gzip (CSS inlined)`);
  if (largest > BUDGET.prerenderedHtml) over.push(`prerendered HTML ${kb(largest)} > ${kb(BUDGET.prerenderedHtml)}`);
}

if (over.length) {
  console.error(`\nOver budget:\n  ${over.join('\n  ')}`);
  process.exit(1);
}
console.log('\nEvery route is within budget.');

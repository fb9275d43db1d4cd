// `npm run bench:bundle`: first-load JavaScript and CSS per route of the production build (gzip), read from
// Vite's manifest: the entry + everything it statically imports + the route's chunk + its static imports.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const manifest = JSON.parse(readFileSync(`${DIST}/.vite/manifest.json`, 'utf8'));
const gz = (file) => gzipSync(readFileSync(`${DIST}/${file}`), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const entry = closure(entryKey);
const entryJs = [...entry].reduce((sum, k) => sum + gz(manifest[k].file), 0);
const css = [...entry].flatMap((k) => manifest[k].css ?? []);
const cssSize = [...new Set(css)].reduce((sum, f) => sum + gz(f), 0);

const routes = Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry && /-page\.tsx$|pages\.tsx$/.test(k));
const rows = routes.map((key) => {
  const own = [...closure(key)].filter((k) => !entry.has(k));
  const routeJs = own.reduce((sum, k) => sum + gz(manifest[k].file), 0);
  return { route: key.replace(/^src\/features\//, ''), routeJs, firstLoad: entryJs + routeJs };
});
rows.sort((a, b) => b.firstLoad - a.firstLoad);

console.log(`entry JS (with static imports): ${kb(entryJs)}   CSS: ${kb(cssSize)}`);
for (const r of rows) console.log(`${r.route.padEnd(44)} route ${kb(r.routeJs).padStart(9)}   first load ${kb(r.firstLoad).padStart(9)}`);

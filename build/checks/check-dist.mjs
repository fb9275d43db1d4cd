// Fails when mock code or the MSW worker leaked into the production build (dist/).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const DIST = 'dist';
const FORBIDDEN = ['mockServiceWorker', 'setupWorker', 'appwrite-mock:state', '/mock/reset', 'msw'];

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

const problems = [];
for await (const file of files(DIST)) {
  if (file.endsWith('mockServiceWorker.js')) problems.push(`${file}: the MSW worker script is in the production build`);
  if (!/\.(js|html|css|json)$/.test(file)) continue;
  const text = await readFile(file, 'utf8');
  for (const needle of FORBIDDEN) {
    if (needle === 'msw' ? /\bmsw\b/.test(text) : text.includes(needle)) problems.push(`${file}: contains "${needle}"`);
  }
}

if (problems.length) {
  console.error(`Mock code leaked into ${DIST}/:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${DIST}/ is free of mock code.`);

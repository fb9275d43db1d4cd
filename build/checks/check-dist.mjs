// Fails when mock code or the MSW worker leaked into the production build (dist/), or when an HTML
// page lacks its Content-Security-Policy or no-referrer meta, or the policy allows inline code.
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
  if (file.endsWith('.html')) {
    const head = text.slice(0, text.indexOf('</head>'));
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(head)?.[1];
    if (!policy) problems.push(`${file}: no Content-Security-Policy meta in <head>`);
    else if (/'unsafe-(inline|eval|hashes)'/.test(policy)) problems.push(`${file}: the policy allows inline code or eval`);
    else if (head.indexOf('http-equiv="Content-Security-Policy"') > head.search(/<(script|style|link)\b/)) problems.push(`${file}: the policy comes after a script, style or link`);
    if (!head.includes('<meta name="referrer" content="no-referrer" />')) problems.push(`${file}: no no-referrer meta in <head>`);
    if (/\sstyle="/.test(text)) problems.push(`${file}: a style attribute (the policy refuses inline styles)`);
  }
  for (const needle of FORBIDDEN) {
    if (needle === 'msw' ? /\bmsw\b/.test(text) : text.includes(needle)) problems.push(`${file}: contains "${needle}"`);
  }
}

if (problems.length) {
  console.error(`Problems in ${DIST}/:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${DIST}/ is free of mock code; every page has its Content-Security-Policy and no-referrer meta.`);

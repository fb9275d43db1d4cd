// Prints "N passed, N failed[, N skipped]" from reports/vitest.json and reports/playwright.json.
// Exits non-zero when anything failed or a report is missing (a stage that never ran counts as a failure).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];

function read(path) {
  if (!existsSync(path)) {
    missing.push(path);
    return null;
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += (vitest.numFailedTests ?? 0) + (vitest.numRuntimeErrorTestSuites ?? 0);
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
}

const playwright = read('reports/playwright.json');
if (playwright) {
  const stats = playwright.stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
  if (playwright.errors?.length) failed += playwright.errors.length;
}

if (missing.length) {
  console.error(`missing report(s): ${missing.join(', ')} (an earlier stage failed)`);
  failed += missing.length;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);

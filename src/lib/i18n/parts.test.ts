/**
 * Each module that names a key of a catalogue part must import that part (lib/i18n/en/*.ts), so the
 * strings are loaded wherever the module is, whichever route loads it first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './catalog-en.ts';

const SRC = join(__dirname, '../..');
const PARTS_DIR = join(__dirname, 'en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Top-level section → the part file defining it. */
const partOfSection = new Map<string, string>();
for (const file of readdirSync(PARTS_DIR)) {
  for (const [, section] of readFileSync(join(PARTS_DIR, file), 'utf8').matchAll(/^ {2}(\w+): \{$/gm)) {
    partOfSection.set(section ?? '', file);
  }
}

describe('catalogue parts', () => {
  it('split the catalogue without overlapping the core sections', () => {
    expect(partOfSection.size).toBeGreaterThan(5);
    for (const section of Object.keys(en)) expect(partOfSection.has(section), section).toBe(false);
  });

  it('are imported by every module that uses their keys', () => {
    const sectionPattern = new RegExp(`[\`'"](${[...partOfSection.keys()].join('|')})\\.[a-zA-Z]`, 'g');
    const missing: string[] = [];
    for (const file of sourceFiles(SRC)) {
      if (file.startsWith(__dirname)) continue;
      const text = readFileSync(file, 'utf8');
      for (const [, section] of text.matchAll(sectionPattern)) {
        const part = partOfSection.get(section ?? '') ?? '';
        if (!new RegExp(`^import '[./]+(?:/lib)?/i18n/en/${part}';$`, 'm').test(text)) missing.push(`${relative(SRC, file)} → en/${part}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});

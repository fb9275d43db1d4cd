/**
 * The translated catalogue files, each a chunk of its own (Vite splits every file the glob matches):
 * a German visitor loads only German, and of it only the parts of the pages seen.
 */
import { addMessages, type MessageTree } from './messages.ts';

const FILES = import.meta.glob<Record<string, MessageTree>>(['./*/*.ts', '!./en/*.ts', '!./*/*.test.ts']);

const loading = new Map<string, Promise<void>>();

function loadFile(language: string, part: string): Promise<void> {
  const name = `${language}/${part}`;
  const pending = loading.get(name);
  if (pending) return pending;
  const file = FILES[`./${name}.ts`];
  if (!file) return Promise.reject(new Error(`No catalogue file lib/i18n/${name}.ts`));
  const load = file().then(
    (module) => {
      for (const tree of Object.values(module)) addMessages(language, tree, part);
    },
    (error: unknown) => {
      // A failed chunk (offline) may load on the next try.
      loading.delete(name);
      throw error;
    },
  );
  loading.set(name, load);
  return load;
}

export function loadCatalogueFiles(language: string, parts: string[]): Promise<void> {
  return Promise.all(parts.map((part) => loadFile(language, part))).then(() => undefined);
}

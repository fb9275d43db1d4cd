/**
 * Message trees per language. English arrives with the code: the core catalogue and each part in ./en/
 * add their sections when their module loads, so a page's strings arrive with it. Other languages copy
 * the English parts loaded so far (load-language.ts). Static data, shared by every app instance.
 */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

const trees = new Map<string, MessageTree>();
/** `language/part` of every file added (see `hasMessagesPart`). */
const parts = new Set<string>();
/** The English parts loaded so far, by file name under ./en/ ('core' is catalog-en.ts). */
const englishParts = new Set<string>();
const partListeners = new Set<() => void>();

/** Adds a language's messages; `name` records which part of the catalogue they are (its file name). */
export function addMessages(locale: string, part: MessageTree, name?: string) {
  trees.set(locale, { ...trees.get(locale), ...part });
  if (name) parts.add(`${locale}/${name}`);
}

export function hasMessagesPart(locale: string, name: string): boolean {
  return parts.has(`${locale}/${name}`);
}

/** Adds an English part (named as its file in ./en/) and tells whoever loads other languages. */
export function addEnglishPart(name: string, part: MessageTree) {
  addMessages('en', part, name);
  if (englishParts.has(name)) return;
  englishParts.add(name);
  for (const listener of partListeners) listener();
}

export function englishPartNames(): string[] {
  return [...englishParts];
}

/** Calls `listener` whenever another English part loads; returns the unsubscribe. */
export function onEnglishPart(listener: () => void): () => void {
  partListeners.add(listener);
  return () => {
    partListeners.delete(listener);
  };
}

/** The message at a dotted key, if that language has it loaded. */
export function lookupMessage(locale: string, key: string): string | undefined {
  let node: string | MessageTree | undefined = trees.get(locale);
  for (const segment of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[segment];
  }
  return typeof node === 'string' ? node : undefined;
}

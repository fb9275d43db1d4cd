/**
 * Message trees per language. The core catalogue and each part in ./en/ add their sections when their
 * module loads, so a page's strings arrive with its code. Static data, shared by every app instance.
 */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

const trees = new Map<string, MessageTree>();

export function addMessages(locale: string, part: MessageTree) {
  trees.set(locale, { ...trees.get(locale), ...part });
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

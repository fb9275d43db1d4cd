/**
 * Other languages load lazily, file by file, mirroring the English parts: a language gets its copy of
 * every English part loaded so far (its core, and the parts of the pages seen). The loader with its map
 * of files (catalogue-files.ts) is itself a chunk, so an English visitor loads none of this.
 */
import { DEFAULT_LANGUAGE, type Language } from './languages.ts';
import { englishPartNames, hasMessagesPart } from './messages.ts';

/** Languages some app instance shows: a page's loader fetches their copy of its parts (`loadLanguagesInUse`). */
const inUse = new Set<Language>();

const partsToLoad = () => [...new Set(['core', ...englishPartNames()])];

/** Whether `language` has every English part loaded so far (else its pages would show some English). */
export function isLanguageLoaded(language: Language): boolean {
  return language === DEFAULT_LANGUAGE || partsToLoad().every((part) => hasMessagesPart(language, part));
}

/**
 * Loads what `language` lacks of the English loaded so far; null when it lacks nothing (render at once).
 * The promise rejects when a file cannot be fetched: English shows meanwhile.
 */
export function loadLanguage(language: Language): Promise<void> | null {
  if (language === DEFAULT_LANGUAGE) return null;
  inUse.add(language);
  const missing = partsToLoad().filter((part) => !hasMessagesPart(language, part));
  if (!missing.length) return null;
  return import('./catalogue-files.ts').then(({ loadCatalogueFiles }) => loadCatalogueFiles(language, missing));
}

/** For a page that just loaded (with its English parts): the same parts in every language shown. */
export function loadLanguagesInUse(): Promise<void> | null {
  const loads = [...inUse].map(loadLanguage).filter((load) => load !== null);
  return loads.length ? Promise.all(loads).then(() => undefined) : null;
}

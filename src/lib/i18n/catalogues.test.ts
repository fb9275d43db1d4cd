/**
 * Every language's catalogue mirrors the English one (issue 15): the same keys (no missing, no stale),
 * the same {{placeholders}}, no empty text, and a plural form for each of the language's CLDR categories.
 * English plurals are pairs, `xOne` ("one") and `x` (every other count); a language with more categories
 * adds `x_zero`, `x_two`, `x_few`, `x_many` beside `x`.
 */
import { describe, expect, it } from 'vitest';
import { en } from './catalog-en.ts';

type Tree = { readonly [key: string]: string | Tree };

const englishParts = import.meta.glob<Record<string, Tree>>('./en/*.ts', { eager: true });
const translatedParts = import.meta.glob<Record<string, Tree>>(['./*/*.ts', '!./en/*.ts', '!./*/*.test.ts'], { eager: true });

const EXTRA_CATEGORIES = ['zero', 'two', 'few', 'many'] as const;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The one object a catalogue module exports. */
function treeOf(module: Record<string, Tree> | undefined): Tree {
  const trees = Object.values(module ?? {}).filter((value) => typeof value === 'object');
  expect(trees).toHaveLength(1);
  return trees[0] ?? {};
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

/** English, flattened, by file name (`core.ts` is the core catalogue). */
const english = new Map<string, Map<string, string>>([['core.ts', flatten(en)]]);
for (const [path, module] of Object.entries(englishParts)) english.set(path.slice('./en/'.length), flatten(treeOf(module)));

const languages = [...new Set(Object.keys(translatedParts).map((path) => path.split('/')[1] ?? ''))].sort();

/** The "other" keys of English plural pairs (`x` where `xOne` exists). */
function pluralKeys(keys: Map<string, string>): Set<string> {
  return new Set([...keys.keys()].filter((key) => keys.has(`${key}One`)));
}

describe('catalogues', () => {
  it('exist for the languages being translated', () => {
    expect(languages).toEqual(['ar', 'de', 'es', 'fr', 'ja']);
  });

  describe.each(languages)('%s', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
    const extras = EXTRA_CATEGORIES.filter((category) => categories.includes(category));

    it.each([...english.keys()])('%s has every English key, no other, the same placeholders and no empty text', (file) => {
      const englishKeys = english.get(file) ?? new Map<string, string>();
      const module = translatedParts[`./${lang}/${file}`];
      expect(module, `${lang}/${file} is missing`).toBeDefined();
      const mine = flatten(treeOf(module));
      const plurals = pluralKeys(englishKeys);
      const problems: string[] = [];
      for (const [key, text] of englishKeys) {
        const translated = mine.get(key);
        // A plural form may name {{count}} where English writes "1".
        const isPluralForm = plurals.has(key) || plurals.has(key.replace(/One$/, ''));
        const expected = placeholders(text).filter((name) => !(isPluralForm && name === 'count'));
        if (translated === undefined) problems.push(`missing ${key}`);
        else if (!translated.trim()) problems.push(`empty ${key}`);
        else if (placeholders(translated).filter((name) => !(isPluralForm && name === 'count')).join() !== expected.join()) {
          problems.push(`${key}: placeholders ${placeholders(translated).join()} ≠ ${placeholders(text).join()}`);
        }
      }
      for (const [key, translated] of mine) {
        if (englishKeys.has(key)) continue;
        const match = /^(.*)_(zero|two|few|many)$/.exec(key);
        if (!match || !plurals.has(match[1] ?? '')) problems.push(`stale key ${key}`);
        else if (!extras.includes(match[2] as (typeof EXTRA_CATEGORIES)[number])) problems.push(`${key}: ${lang} has no "${match[2] ?? ''}" plural`);
        else if (!translated.trim()) problems.push(`empty ${key}`);
      }
      for (const key of plurals) for (const category of extras) if (!mine.has(`${key}_${category}`)) problems.push(`missing plural ${key}_${category}`);
      expect(problems).toEqual([]);
    });
  });
});

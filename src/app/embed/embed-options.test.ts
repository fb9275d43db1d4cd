import { describe, expect, it } from 'vitest';
import { checkEmbedOptions, EmbedOptionsError } from './embed-options.ts';

const GOOD = { endpoint: 'https://cloud.appwrite.io/v1', projectId: 'my-project' };

function problems(options: unknown): string[] {
  try {
    checkEmbedOptions(options);
  } catch (error) {
    if (error instanceof EmbedOptionsError) return error.problems;
    throw error;
  }
  return [];
}

describe('checkEmbedOptions', () => {
  it('accepts the minimum and every documented option', () => {
    expect(problems(GOOD)).toEqual([]);
    expect(problems({ ...GOOD, routing: 'memory', initialPath: '/sessions', locale: 'ar', theme: 'dark' })).toEqual([]);
    expect(problems({ ...GOOD, routing: { basePath: '/' } })).toEqual([]);
    expect(problems({ ...GOOD, routing: { basePath: '/account/settings/' } })).toEqual([]);
  });

  it('says clearly what is missing or wrong, all at once', () => {
    expect(problems(undefined)).toEqual(['Pass an options object: { endpoint, projectId }.']);
    const [endpoint, project] = problems({});
    expect(endpoint).toMatch(/^"endpoint" must be your Appwrite API root.*\(got nothing\)\.$/);
    expect(project).toMatch(/^"projectId" must be your Appwrite project's id.*\(got nothing\)\.$/);
    expect(problems({ endpoint: 'cloud.appwrite.io/v1', projectId: 'has space' })).toHaveLength(2);
    expect(() => checkEmbedOptions({})).toThrow(/^mountAccountSettings: "endpoint" must/);
  });

  it('refuses a bad basePath, path, language or theme', () => {
    for (const basePath of ['settings/', '/settings', '//evil.example/', '/a b/', 42]) {
      expect(problems({ ...GOOD, routing: { basePath } }), String(basePath)).toEqual([expect.stringMatching(/^"routing" must be 'memory' or \{ basePath \}/)]);
    }
    expect(problems({ ...GOOD, routing: 'hash' })).toHaveLength(1);
    expect(problems({ ...GOOD, initialPath: 'https://evil.example/' })).toEqual([expect.stringMatching(/^"initialPath"/)]);
    expect(problems({ ...GOOD, locale: 'it' })).toEqual(['"locale" must be one of en, de, fr, es, ja, ar (got "it").']);
    expect(problems({ ...GOOD, theme: 'blue' })).toEqual([`"theme" must be 'light', 'dark' or 'system' (got "blue").`]);
  });
});
